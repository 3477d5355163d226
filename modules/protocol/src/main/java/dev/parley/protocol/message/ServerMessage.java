package dev.parley.protocol.message;

import java.util.List;
import java.util.Objects;

/** Every message a server sends to a client. */
public sealed interface ServerMessage {

    /** {@code {"type":"message","from":U,"message":M}}: a chat line, sent to every logged-in client. */
    record ChatMessage(String from, String message) implements ServerMessage {
        public ChatMessage {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(message, "message");
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

    /** {@code {"type":"user_notification","user":U,"status":"true"}}: joined when true, left when false. */
    record UserNotification(String user, boolean joined) implements ServerMessage {
        public UserNotification {
            Objects.requireNonNull(user, "user");
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

    /** {@code {"type":"banned"}}: the connection's address is banned; the server closes it. */
    record Banned() implements ServerMessage {}

    /** {@code {"type":"wrong_ip"}}: a request spoke for another user; the server closes the connection. */
    record WrongIp() implements ServerMessage {}

    /**
     * {@code {"type":"room","max_message_chars":"4000"}} (beyond the spec): what the room is like, sent right after
     * a successful login's answer, never before it. {@code maxMessageChars} counts Unicode code points.
     */
    record RoomInfo(int maxMessageChars) implements ServerMessage {
        public RoomInfo {
            if (maxMessageChars < 1) {
                throw new IllegalArgumentException("maxMessageChars must be at least 1");
            }
        }
    }

    /** {@code {"type":"error","code":C,"message":M}}: anything the spec does not cover. */
    record ProtocolError(String code, String message) implements ServerMessage {
        public ProtocolError {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        public ProtocolError(ErrorCode code, String message) {
            this(code.wireName(), message);
        }

        public boolean is(ErrorCode other) {
            return code.equals(other.wireName());
        }
    }
}
