package dev.parley.server.logging;

/**
 * Makes a value a client chose (a claimed name, a request, a version) safe to put in a log line: a line break
 * would let it forge whole log lines, an escape sequence would recolour or rewrite the host's console. Control
 * characters, line and paragraph separators and bidirectional overrides are written as escapes (a line feed as
 * backslash-n, ESC as backslash-u001b), and a very long value is cut, so one request cannot flood the log.
 */
public final class LogSafe {

    /** Longer values are cut here: logs name things, they do not archive requests. */
    static final int MAX_CHARS = 300;

    private LogSafe() {}

    /** The value, escaped and cut as described above; "null" for null. */
    public static String text(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        int end = Math.min(s.length(), MAX_CHARS);
        int i = 0;
        while (i < end && !needsEscape(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        var out = new StringBuilder(end + 16).append(s, 0, i);
        for (; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (s.length() > end) {
            out.append("...(").append(s.length() - end).append(" more characters)");
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
