package dev.parley.protocol.message;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** Every message a server sends to a client. */
public sealed interface ServerMessage {

    /**
     * {@code {"type":"message","from":U,"message":M,"time":T}}: a chat line, sent to every logged-in client.
     * {@code time} (beyond the spec) is when the room took it, by the room's clock, in whole seconds; null when the
     * room did not say (a spec room).
     */
    record ChatMessage(String from, String message, Instant time) implements ServerMessage {
        public ChatMessage {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(message, "message");
            time = time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
        }

        /** A line without a time, as a spec room sends it. */
        public ChatMessage(String from, String message) {
            this(from, message, null);
        }
    }

    /**
     * {@code {"type":"history","messages":[{"from":U,"message":M,"time":T},...]}} (beyond the spec): the room's last
     * chat lines, oldest first, sent right after {@link RoomInfo} when the room keeps history (an empty list when it
     * has none yet).
     */
    record History(List<ChatMessage> messages) implements ServerMessage {
        public History {
            messages = List.copyOf(messages);
        }
    }

    /**
     * {@code {"type":"userlist","users":[...],"onlinetype":"true"}}. {@code online} is null when the sender left
     * {@code onlinetype} out, as the spec's first server example does. A list too long for one message is cut:
     * {@code truncated} is then true and {@code total} (null when not sent) says how many there are in all
     * ({@code "truncated":"true","total":"31000"}, beyond the spec).
     */
    record UserList(List<String> users, Boolean online, boolean truncated, Integer total) implements ServerMessage {
        public UserList {
            users = List.copyOf(users);
        }

        /** A whole list. */
        public UserList(List<String> users, Boolean online) {
            this(users, online, false, null);
        }
    }

    /**
     * {@code {"type":"user_notification","user":U,"status":"true"}}: joined when true, left when false. When the
     * host removed the user, {@code removed} (beyond the spec) says how: {@link #KICKED} or {@link #BANNED}; null
     * when the user left of their own accord, and always null on a join.
     */
    record UserNotification(String user, boolean joined, String removed) implements ServerMessage {

        public static final String KICKED = "kicked";
        public static final String BANNED = "banned";

        public UserNotification {
            Objects.requireNonNull(user, "user");
        }

        public UserNotification(String user, boolean joined) {
            this(user, joined, null);
        }
    }

    /** {@code {"type":"salt","salt":S}} */
    record Salt(String salt) implements ServerMessage {
        public Salt {
            Objects.requireNonNull(salt, "salt");
        }
    }

    /** {@code {"type":"shutdown"}}: the room is closing. */
    record Shutdown() implements ServerMessage {}

    /** {@code {"type":"outdated_client","version":V}}: update the client to V. */
    record OutdatedClient(String version) implements ServerMessage {
        public OutdatedClient {
            Objects.requireNonNull(version, "version");
        }
    }

    /** {@code {"type":"username_taken"}}: a guest asked for a name that is not free. */
    record UsernameTaken() implements ServerMessage {}

    /** {@code {"type":"typing","user":U,"status":"true"}} */
    record TypingNotice(String user, boolean typing) implements ServerMessage {
        public TypingNotice {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code {"type":"login_status","status":"true"}}: the spec's client-section form of a login answer. */
    record LoginStatus(boolean success) implements ServerMessage {}

    /** {@code {"type":"register_status","status":"false","additional_info":WHY}} */
    record RegisterStatus(boolean success, String additionalInfo) implements ServerMessage {
        public RegisterStatus {
            Objects.requireNonNull(additionalInfo, "additionalInfo");
        }
    }

    /**
     * {@code {"type":"login","success":"true"}}: the answer to login and guest requests. A refusal may say why
     * ({@code reason}, one of {@link #WRONG_CREDENTIALS}, {@link #ALREADY_ONLINE}, {@link #TOO_MANY_ATTEMPTS}) and
     * how many tries the connection has left ({@code attempts_left}); both are null when absent.
     */
    record LoginResult(boolean success, String reason, Integer attemptsLeft) implements ServerMessage {

        public static final String WRONG_CREDENTIALS = "wrong_credentials";
        public static final String ALREADY_ONLINE = "already_online";
        public static final String TOO_MANY_ATTEMPTS = "too_many_attempts";
        /** The server is hashing as many passwords as it will queue; try again in a moment. */
        public static final String BUSY = "busy";

        public LoginResult(boolean success) {
            this(success, null, null);
        }

        public static LoginResult refused(String reason, int attemptsLeft) {
            return new LoginResult(false, reason, attemptsLeft);
        }
    }

    /** {@code {"type":"username_register_status","taken":"false"}}: the first answer to a register request. */
    record UsernameRegisterStatus(boolean taken) implements ServerMessage {}

    /**
     * {@code {"type":"banned"}}: the connection's address or user is banned; the server closes it. Beyond the spec
     * it may say why ({@code reason}) and when the ban ends ({@code until}); both are null when absent, and a null
     * {@code until} means the ban has no end (or the room did not say).
     */
    record Banned(String reason, Instant until) implements ServerMessage {
        public Banned {
            reason = reason == null || reason.isBlank() ? null : reason;
            until = until == null ? null : until.truncatedTo(ChronoUnit.SECONDS);
        }

        public Banned() {
            this(null, null);
        }
    }

    /** {@code {"type":"wrong_ip"}}: a request spoke for another user; the server closes the connection. */
    record WrongIp() implements ServerMessage {}

    /**
     * {@code {"type":"room","name":N,"version":V,"max_message_chars":"4000","history":"200","tls":"true",
     * "owner":O}} (beyond the spec): what the room is like, sent right after a successful login's answer, never
     * before it. {@code maxMessageChars} counts Unicode code points; {@code historySize} is how many chat lines the
     * room keeps (0: none); {@code owner} is the account that hosts the room. {@code name}, {@code version},
     * {@code historySize}, {@code tls} and {@code owner} are null when the room did not say (an older Parley room;
     * no owner).
     */
    record RoomInfo(String name, String version, int maxMessageChars, Integer historySize, Boolean tls, String owner)
            implements ServerMessage {
        public RoomInfo {
            if (maxMessageChars < 1) {
                throw new IllegalArgumentException("maxMessageChars must be at least 1");
            }
            if (historySize != null && historySize < 0) {
                throw new IllegalArgumentException("historySize must be 0 or more");
            }
            owner = owner == null || owner.isBlank() ? null : owner;
        }

        /** A room without an owner. */
        public RoomInfo(String name, String version, int maxMessageChars, Integer historySize, Boolean tls) {
            this(name, version, maxMessageChars, historySize, tls, null);
        }

        /** Only the limit, as rooms before 1.4 sent it. */
        public RoomInfo(int maxMessageChars) {
            this(null, null, maxMessageChars, null, null, null);
        }
    }

    /**
     * {@code {"type":"error","code":C,"message":M}}: anything the spec does not cover. {@code reason} (beyond the
     * spec, null when absent) is what the host gave as the reason of a kick.
     */
    record ProtocolError(String code, String message, String reason) implements ServerMessage {
        public ProtocolError {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            reason = reason == null || reason.isBlank() ? null : reason;
        }

        public ProtocolError(String code, String message) {
            this(code, message, null);
        }

        public ProtocolError(ErrorCode code, String message) {
            this(code.wireName(), message, null);
        }

        public boolean is(ErrorCode other) {
            return code.equals(other.wireName());
        }
    }
}
