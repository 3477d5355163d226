package dev.parley.client;

import java.io.IOException;

/** The room answered, and refused to let this session back in (banned, the password changed, ...): retrying won't help. */
public final class RejoinRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient AuthResult result;

    public RejoinRefusedException(AuthResult result, String message) {
        super(message);
        this.result = result;
    }

    /** The room's answer to the login. */
    public AuthResult result() {
        return result;
    }
}
