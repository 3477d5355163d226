package dev.parley.protocol.message;

import java.util.Objects;

/** Every request a client sends; each names the user it speaks for in {@code user}. */
public sealed interface ClientRequest {

    String user();

    /** {@code {"user":U,"type":"message","message":M}} */
    record SendMessage(String user, String message) implements ClientRequest {
        public SendMessage {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(message, "message");
        }
    }

    /** {@code {"user":U,"type":"userlist","onlinetype":"true"}}: online users when true, offline accounts when false. */
    record UserListRequest(String user, boolean online) implements ClientRequest {
        public UserListRequest {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code {"user":U,"type":"guest"}}: legacy guest login. */
    record GuestLogin(String user) implements ClientRequest {
        public GuestLogin {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code {"user":U,"type":"salt"}} */
    record SaltRequest(String user) implements ClientRequest {
        public SaltRequest {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code {"user":U,"type":"login","password":H}} where H is the client hash of password and salt. */
    record LoginRequest(String user, String password) implements ClientRequest {
        public LoginRequest {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "LoginRequest[user=" + user + ", password=<hidden>]";
        }
    }

    /**
     * {@code {"user":U,"type":"owner_login","token":T}} (beyond the spec): the hosting app's own client entering its
     * room as the owner, with the secret the room handed it in memory (64 hex characters). Answered like
     * {@link LoginRequest}; accepted only from a loopback address (docs/protocol.md, "Owner login").
     */
    record OwnerLoginRequest(String user, String token) implements ClientRequest {
        public OwnerLoginRequest {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "OwnerLoginRequest[user=" + user + ", token=<hidden>]";
        }
    }

    /** {@code {"user":U,"type":"register"}} */
    record RegisterRequest(String user) implements ClientRequest {
        public RegisterRequest {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code {"user":U,"type":"disconnect"}} */
    record DisconnectRequest(String user) implements ClientRequest {
        public DisconnectRequest {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code {"user":U,"type":"typing","status":"true"}} */
    record TypingRequest(String user, boolean typing) implements ClientRequest {
        public TypingRequest {
            Objects.requireNonNull(user, "user");
        }
    }

    /**
     * {@code {"user":"","type":"room_info"}}, beyond the spec: what the room is, asked before login (or after). The
     * room answers with the {@code room} message it sends after a login; an older room with {@code unknown_type}.
     * {@code user} may be empty: the request speaks for no one.
     */
    record RoomInfoRequest(String user) implements ClientRequest {
        public RoomInfoRequest {
            Objects.requireNonNull(user, "user");
        }

        /** The request as a client sends it before it has a name. */
        public RoomInfoRequest() {
            this("");
        }
    }
}
