package dev.parley.protocol.framing;

import dev.parley.protocol.message.ErrorCode;

/** What a {@link JsonObjectFramer} cuts out of its stream: one object, or one piece that is not an object. */
public sealed interface Frame {

    /**
     * One complete top-level JSON object, {@code length} bytes of {@code bytes} from {@code offset}, braces
     * included. The array belongs to the framer and is only valid until its next call: decode before reading on.
     */
    @SuppressWarnings("ArrayRecordComponent") // a view into the framer's buffer, never compared or kept: no copy
    record JsonObject(byte[] bytes, int offset, int length) implements Frame {}

    /**
     * Input that is not a well-formed object ({@link ErrorCode#MALFORMED_JSON}, {@link ErrorCode#INVALID_UTF8}).
     * The framer has already found its feet again; the stream carries on.
     */
    record Malformed(ErrorCode code, String message) implements Frame {}
}
