package dev.parley.protocol.framing;

import dev.parley.protocol.message.ErrorCode;
import java.io.IOException;

/** A line that breaks the framing rules (too long, not UTF-8); the stream cannot be trusted after it. */
public final class FrameException extends IOException {

    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public FrameException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
