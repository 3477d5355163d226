package dev.parley.protocol.codec;

import dev.parley.protocol.message.ErrorCode;

/** A line that cannot become a message; {@link #code()} is what goes back in the {@code error} answer. */
public final class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public ProtocolException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
