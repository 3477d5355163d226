package dev.parley.protocol.framing;

import dev.parley.protocol.message.ErrorCode;
import java.io.IOException;

/** Input the framer cannot read on from (an object over the size limit): the stream ends here. */
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
