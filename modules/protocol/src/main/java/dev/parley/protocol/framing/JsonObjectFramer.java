package dev.parley.protocol.framing;

import dev.parley.protocol.message.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into top-level JSON objects, whatever separates them: a newline, {@code \r\n}, spaces, or
 * nothing at all. An object split across reads is put together; a pretty-printed one is one object. Input that is
 * not an object comes out as one {@link Frame.Malformed} per bad stretch, and the framer starts again at the next
 * line or the next <code>'{'</code> outside any bracket, so one bad line never spoils the rest. An object larger than
 * the limit ends the stream with a {@link FrameException}: skipping it would mean reading all of it.
 *
 * <p>Memory: the read buffer, plus, only while an object arrives in several reads, a buffer for it (at most the
 * limit), let go at the next call. Not thread-safe: one reader per stream.
 */
public final class JsonObjectFramer {

    private static final int DEFAULT_BUFFER_BYTES = 8192;

    private enum Mode {
        BETWEEN,
        OBJECT,
        SKIPPING
    }

    private final InputStream in;
    private int maxMessageBytes;
    private final byte[] buffer;
    private int position;
    private int limit;
    private final ObjectScanner scanner = new ObjectScanner();
    private Mode mode = Mode.BETWEEN;
    /** Where in {@link #buffer} the current object's bytes not yet in {@link #pending} begin. */
    private int objectStart;
    /** The current object's bytes from earlier reads. */
    private byte[] pending;

    private int pendingLength;
    private int skipDepth;
    private boolean skipInString;
    private boolean skipEscape;

    public JsonObjectFramer(InputStream in, int maxMessageBytes) {
        this(in, maxMessageBytes, DEFAULT_BUFFER_BYTES);
    }

    /**
     * @param bufferBytes how much one read may take: a server holding thousands of mostly idle connections wants
     *                    it small, a client reading a busy room wants it large
     */
    public JsonObjectFramer(InputStream in, int maxMessageBytes, int bufferBytes) {
        if (maxMessageBytes < 2 || bufferBytes < 1) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 2 and bufferBytes positive");
        }
        this.in = in;
        this.maxMessageBytes = maxMessageBytes;
        this.buffer = new byte[bufferBytes];
    }

    /**
     * Changes the limit, from the object being read on; a server raises it once a client has logged in.
     *
     * @throws IllegalArgumentException below 2 bytes
     */
    public void maxMessageBytes(int bytes) {
        if (bytes < 2) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 2");
        }
        this.maxMessageBytes = bytes;
    }

    /**
     * The next object or bad stretch, or null at the end of the stream. A {@link Frame.JsonObject} is valid until
     * the next call.
     *
     * @throws FrameException an object is larger than the limit ({@link ErrorCode#MESSAGE_TOO_LARGE}); the stream
     *                        cannot be read on
     */
    public Frame next() throws IOException {
        forgetPending();
        while (true) {
            if (position == limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    return endOfStream();
                }
                position = 0;
                limit = n;
                objectStart = 0;
            }
            Frame frame = switch (mode) {
                case BETWEEN -> between();
                case OBJECT -> object();
                case SKIPPING -> skip();
            };
            if (frame != null) {
                return frame;
            }
        }
    }

    /** Whitespace until an object starts; anything else is a bad stretch. */
    private Frame between() {
        while (position < limit) {
            byte c = buffer[position];
            if (c == '{') {
                mode = Mode.OBJECT;
                objectStart = position;
                scanner.start();
                return null;
            }
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                startSkipping(0);
                return new Frame.Malformed(
                        ErrorCode.MALFORMED_JSON,
                        "Each message must be a JSON object ({...}); found " + shown(c) + ".");
            }
            position++;
        }
        return null;
    }

    private Frame object() throws FrameException {
        int end = scanner.scan(buffer, position, limit);
        if (end == ObjectScanner.MORE) {
            keepPending(limit);
            position = limit;
            return null;
        }
        if (end == ObjectScanner.BROKEN) {
            return broken(scanner.brokenAt());
        }
        int length = pendingLength + end - objectStart;
        checkSize(length);
        position = end;
        mode = Mode.BETWEEN;
        if (scanner.sawInvalidUtf8()) {
            pendingLength = 0;
            return new Frame.Malformed(ErrorCode.INVALID_UTF8, "The message is not valid UTF-8; it was dropped.");
        }
        if (pendingLength == 0) {
            return new Frame.JsonObject(buffer, objectStart, length);
        }
        keepPending(end);
        return new Frame.JsonObject(pending, 0, pendingLength);
    }

    /** Bytes that stopped being JSON at {@code at}: one error, then find our feet again. */
    private Frame broken(int at) {
        var frame = new Frame.Malformed(
                scanner.sawInvalidUtf8() ? ErrorCode.INVALID_UTF8 : ErrorCode.MALFORMED_JSON, scanner.problem());
        pendingLength = 0;
        byte c = buffer[at];
        if (c == '{' && !scanner.brokeTooDeep()) {
            // Most likely a new message after a broken one: read it as one.
            position = at;
            mode = Mode.BETWEEN;
        } else if (c == '\n') {
            position = at + 1;
            mode = Mode.BETWEEN;
        } else {
            position = at; // read again while skipping: a quote there opens a string, a bracket closes one
            startSkipping(scanner.depth());
        }
        return frame;
    }

    private void startSkipping(int depth) {
        mode = Mode.SKIPPING;
        skipDepth = depth;
        skipInString = false;
        skipEscape = false;
    }

    /** Passes over a bad stretch up to the next line, or the next '{' outside the stretch's brackets. */
    private Frame skip() {
        while (position < limit) {
            byte c = buffer[position];
            if (c == '\n') {
                position++;
                mode = Mode.BETWEEN;
                return null;
            }
            if (skipInString) {
                if (skipEscape) {
                    skipEscape = false;
                } else if (c == '\\') {
                    skipEscape = true;
                } else if (c == '"') {
                    skipInString = false;
                }
            } else {
                switch (c) {
                    case '"' -> skipInString = true;
                    case '{' -> {
                        if (skipDepth == 0) {
                            mode = Mode.BETWEEN;
                            return null;
                        }
                        skipDepth++;
                    }
                    case '[' -> skipDepth++;
                    case '}', ']' -> skipDepth = Math.max(0, skipDepth - 1);
                    default -> {}
                }
            }
            position++;
        }
        return null;
    }

    private Frame endOfStream() {
        boolean inObject = mode == Mode.OBJECT;
        mode = Mode.BETWEEN;
        position = limit = 0;
        pendingLength = 0;
        return inObject
                ? new Frame.Malformed(ErrorCode.MALFORMED_JSON, "The stream ended inside a JSON object.")
                : null;
    }

    /** Moves the current object's bytes up to {@code end} out of the read buffer, which the next read reuses. */
    private void keepPending(int end) throws FrameException {
        int count = end - objectStart;
        checkSize(pendingLength + count);
        if (pending == null || pending.length < pendingLength + count) {
            int wanted = Math.max(pendingLength + count, pending == null ? 2 * buffer.length : 2 * pending.length);
            pending = Arrays.copyOf(pending == null ? new byte[0] : pending, Math.min(wanted, maxMessageBytes));
        }
        System.arraycopy(buffer, objectStart, pending, pendingLength, count);
        pendingLength += count;
        objectStart = end;
    }

    /** Between messages the framer holds its read buffer and nothing else, whatever size the last one was. */
    private void forgetPending() {
        if (mode != Mode.OBJECT) {
            pendingLength = 0;
            pending = null;
        }
    }

    private void checkSize(int length) throws FrameException {
        if (length > maxMessageBytes) {
            throw new FrameException(
                    ErrorCode.MESSAGE_TOO_LARGE,
                    "A message is larger than " + maxMessageBytes + " bytes; the connection is closed.");
        }
    }

    /** Bytes this framer holds on to between messages; for tests. */
    int retainedBytes() {
        return buffer.length + (pending == null ? 0 : pending.length);
    }

    private static String shown(byte c) {
        return c > 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("byte 0x%02X", c & 0xFF);
    }
}
