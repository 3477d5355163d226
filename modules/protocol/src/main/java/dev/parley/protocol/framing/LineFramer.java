package dev.parley.protocol.framing;

import dev.parley.protocol.message.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream into UTF-8 lines ended by {@code \n} (a {@code \r} before it is dropped). A line longer than
 * the limit or not valid UTF-8 raises a {@link FrameException}. Not thread-safe: one reader per stream.
 */
public final class LineFramer {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer;
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int lineLength;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    public LineFramer(InputStream in, int maxLineBytes) {
        this(in, maxLineBytes, 8192);
    }

    /**
     * @param bufferBytes how much one read may take: a server holding thousands of mostly idle connections wants
     *                    it small, a client reading a busy room wants it large
     */
    public LineFramer(InputStream in, int maxLineBytes, int bufferBytes) {
        if (maxLineBytes < 1 || bufferBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes and bufferBytes must be positive");
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[bufferBytes];
    }

    /** The next line without its ending, or null at the end of the stream. A last line without {@code \n} counts. */
    public String readLine() throws IOException {
        lineLength = 0;
        while (true) {
            if (position == limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    return lineLength == 0 ? null : decode();
                }
                position = 0;
                limit = n;
            }
            int newline = indexOfNewline();
            int end = newline >= 0 ? newline : limit;
            append(position, end - position);
            position = newline >= 0 ? newline + 1 : limit;
            if (newline >= 0) {
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return decode();
            }
        }
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int count) throws FrameException {
        // One byte of slack for the '\r' of a "\r\n" ending that sits exactly at the limit.
        if (lineLength + count > maxLineBytes + 1) {
            throw new FrameException(ErrorCode.LINE_TOO_LONG,
                    "Line longer than " + maxLineBytes + " bytes; the connection is closed.");
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, from, line, lineLength, count);
        lineLength += count;
    }

    private String decode() throws FrameException {
        if (lineLength > maxLineBytes) {
            throw new FrameException(ErrorCode.LINE_TOO_LONG,
                    "Line longer than " + maxLineBytes + " bytes; the connection is closed.");
        }
        try {
            return utf8.reset().decode(ByteBuffer.wrap(line, 0, lineLength)).toString();
        } catch (CharacterCodingException e) {
            throw new FrameException(ErrorCode.INVALID_UTF8, "The line is not valid UTF-8; the connection is closed.");
        }
    }
}
