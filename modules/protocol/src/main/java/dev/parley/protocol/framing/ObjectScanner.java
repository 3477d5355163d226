package dev.parley.protocol.framing;

import dev.parley.protocol.MessageLimits;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Follows JSON syntax over bytes, one top-level object at a time, without keeping them: it finds where the object
 * ends, the first byte where it stops being JSON, and whether its strings are valid UTF-8. It checks structure
 * (braces, brackets, strings and their escapes, commas, colons, depth), not the spelling of numbers and literals:
 * Jackson checks those when the object is decoded, and they cannot move where an object ends. Resumable: bytes may
 * arrive in any number of pieces. Not thread-safe.
 */
final class ObjectScanner {

    /** {@link #scan} result: the object goes on past the bytes given. */
    static final int MORE = -1;
    /** {@link #scan} result: the bytes stopped being JSON at {@link #brokenAt()}. */
    static final int BROKEN = -2;

    // What the next byte may be.
    private static final int VALUE = 0;
    private static final int OBJECT_FIRST = 1;
    private static final int OBJECT_KEY = 2;
    private static final int COLON = 3;
    private static final int ARRAY_FIRST = 4;
    private static final int AFTER_VALUE = 5;
    private static final int LITERAL = 6;
    private static final int STRING = 7;
    private static final int ESCAPE = 8;
    private static final int UTF8_CONTINUATION = 9;

    private static final boolean[] LITERAL_BYTE = new boolean[128];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        for (char c = '0'; c <= '9'; c++) {
            LITERAL_BYTE[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            LITERAL_BYTE[c] = true;
            LITERAL_BYTE[Character.toUpperCase(c)] = true;
        }
        LITERAL_BYTE['+'] = true;
        LITERAL_BYTE['-'] = true;
        LITERAL_BYTE['.'] = true;
    }

    private int state;
    private int depth;
    /** Bit {@code d - 1} set: the container at depth {@code d} is an array. 64 bits, 64 levels. */
    private long arrays;

    private boolean inKey;
    private int continuationsLeft;
    private int continuationLow;
    private int continuationHigh;
    private boolean invalidUtf8;
    private boolean tooDeep;
    private int brokenAt;
    private String problem;

    /** Gets ready for an object whose <code>'{'</code> is the first byte the next {@link #scan} sees. */
    void start() {
        state = VALUE;
        depth = 0;
        arrays = 0;
        invalidUtf8 = false;
        tooDeep = false;
        continuationsLeft = 0;
        problem = null;
    }

    /**
     * Reads {@code bytes[from, to)} on from where the last call stopped. Returns the index just past the object's
     * closing brace, {@link #MORE}, or {@link #BROKEN}.
     */
    int scan(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int c = bytes[i];
            switch (state) {
                case STRING -> {
                    // The hot loop: most of a chat message is string content, skipped 8 plain bytes at a time.
                    while (true) {
                        while (i + Long.BYTES <= to) {
                            long special = specialBytes((long) LONGS.get(bytes, i));
                            if (special != 0) {
                                i += Long.numberOfTrailingZeros(special) >>> 3;
                                break;
                            }
                            i += Long.BYTES;
                        }
                        if (i == to) {
                            return MORE;
                        }
                        c = bytes[i];
                        if (c == '"') {
                            state = inKey ? COLON : AFTER_VALUE;
                            i++;
                            break;
                        }
                        if (c == '\\') {
                            state = ESCAPE;
                            i++;
                            break;
                        }
                        if (c < 0x20) { // a control character, or (negative) a byte of a multi-byte character
                            if (c >= 0) {
                                return broken(i, c, "a control character inside a string (write it escaped, as \\n)");
                            }
                            i++;
                            leadByte(c & 0xFF);
                            if (state == UTF8_CONTINUATION) {
                                break;
                            }
                        } else {
                            i++;
                        }
                    }
                }
                case UTF8_CONTINUATION -> {
                    int u = c & 0xFF;
                    if (u >= continuationLow && u <= continuationHigh) {
                        i++;
                        continuationLow = 0x80;
                        continuationHigh = 0xBF;
                        if (--continuationsLeft == 0) {
                            state = STRING;
                        }
                    } else {
                        // Truncated character: the byte is read again as string content.
                        invalidUtf8 = true;
                        state = STRING;
                    }
                }
                case ESCAPE -> {
                    if (c < 0x20) {
                        return broken(i, c, "an escape ('\\') followed by a control or non-ASCII byte");
                    }
                    state = STRING;
                    i++;
                }
                case LITERAL -> {
                    if (c >= 0 && LITERAL_BYTE[c]) {
                        i++;
                    } else {
                        state = AFTER_VALUE;
                    }
                }
                default -> {
                    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                        i++;
                        continue;
                    }
                    int end = structural(i, c);
                    if (end != MORE) {
                        return end;
                    }
                    i++;
                }
            }
        }
        return MORE;
    }

    /**
     * High bit set in each byte of {@code word} (little-endian) that a string cannot just pass over: '"', '\\',
     * a control character or part of a multi-byte character. Bytes above the first such byte may be flagged
     * falsely (borrows); the lowest flag is always true, which is all the caller uses.
     */
    private static long specialBytes(long word) {
        long quote = word ^ 0x2222222222222222L;
        long backslash = word ^ 0x5C5C5C5C5C5C5C5CL;
        return (((quote - 0x0101010101010101L) & ~quote)
                        | ((backslash - 0x0101010101010101L) & ~backslash)
                        | ((word - 0x2020202020202020L) & ~word)
                        | word)
                & 0x8080808080808080L;
    }

    /** One byte between tokens; returns the object's end, BROKEN, or MORE to go on. */
    private int structural(int i, int c) {
        switch (state) {
            case VALUE, ARRAY_FIRST -> {
                if (c == ']' && state == ARRAY_FIRST) {
                    return close(i);
                }
                if (c == '"') {
                    inKey = false;
                    state = STRING;
                } else if (c == '{' || c == '[') {
                    if (depth == MessageLimits.MAX_NESTING_DEPTH) {
                        int result = broken(
                                i, c, "at most " + MessageLimits.MAX_NESTING_DEPTH + " nested objects and arrays");
                        tooDeep = true;
                        return result;
                    }
                    if (c == '[') {
                        arrays |= 1L << depth;
                    } else {
                        arrays &= ~(1L << depth);
                    }
                    depth++;
                    state = c == '{' ? OBJECT_FIRST : ARRAY_FIRST;
                } else if (c >= 0 && LITERAL_BYTE[c]) {
                    state = LITERAL;
                } else {
                    return broken(i, c, state == ARRAY_FIRST ? "a value or ']'" : "a value");
                }
            }
            case OBJECT_FIRST, OBJECT_KEY -> {
                if (c == '}' && state == OBJECT_FIRST) {
                    return close(i);
                }
                if (c != '"') {
                    return broken(i, c, state == OBJECT_FIRST ? "a field name or '}'" : "a field name");
                }
                inKey = true;
                state = STRING;
            }
            case COLON -> {
                if (c != ':') {
                    return broken(i, c, "':' after a field name");
                }
                state = VALUE;
            }
            case AFTER_VALUE -> {
                boolean inArray = inArray();
                if (c == ',') {
                    state = inArray ? VALUE : OBJECT_KEY;
                } else if (c == (inArray ? ']' : '}')) {
                    return close(i);
                } else {
                    return broken(i, c, inArray ? "',' or ']'" : "',' or '}'");
                }
            }
            default -> throw new IllegalStateException("state " + state);
        }
        return MORE;
    }

    private int close(int i) {
        depth--;
        state = AFTER_VALUE;
        return depth == 0 ? i + 1 : MORE;
    }

    private boolean inArray() {
        return (arrays >>> (depth - 1) & 1) != 0;
    }

    /** The first byte of a multi-byte character (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
    private void leadByte(int u) {
        continuationLow = 0x80;
        continuationHigh = 0xBF;
        if (u >= 0xC2 && u <= 0xDF) {
            continuationsLeft = 1;
        } else if (u >= 0xE0 && u <= 0xEF) {
            continuationsLeft = 2;
            if (u == 0xE0) {
                continuationLow = 0xA0;
            } else if (u == 0xED) {
                continuationHigh = 0x9F;
            }
        } else if (u >= 0xF0 && u <= 0xF4) {
            continuationsLeft = 3;
            if (u == 0xF0) {
                continuationLow = 0x90;
            } else if (u == 0xF4) {
                continuationHigh = 0x8F;
            }
        } else {
            invalidUtf8 = true;
            return;
        }
        state = UTF8_CONTINUATION;
    }

    private int broken(int i, int c, String expected) {
        brokenAt = i;
        problem = "Not valid JSON: expected " + expected + ", found " + describe(c) + ".";
        return BROKEN;
    }

    private static String describe(int c) {
        if (c == '\n') {
            return "a line break";
        }
        if (c > 0x20 && c < 0x7F) {
            return "'" + (char) c + "'";
        }
        return String.format("byte 0x%02X", c & 0xFF);
    }

    /** Where the bytes stopped being JSON, after {@link #BROKEN}. */
    int brokenAt() {
        return brokenAt;
    }

    /** What was wrong, after {@link #BROKEN}, for the person who sent it. */
    String problem() {
        return problem;
    }

    /** Whether a string in the object so far held bytes that are not UTF-8. */
    boolean sawInvalidUtf8() {
        return invalidUtf8;
    }

    /** Whether the object broke by nesting too deep (at a '{' or '[' that is no new message). */
    boolean brokeTooDeep() {
        return tooDeep;
    }

    /** How deep in objects and arrays the last byte read was. */
    int depth() {
        return depth;
    }
}
