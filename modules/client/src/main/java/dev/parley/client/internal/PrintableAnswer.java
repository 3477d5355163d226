package dev.parley.client.internal;

import java.nio.charset.StandardCharsets;

/** What a listener that is not a room answered, fit to be shown to a person: printable, on one line, cut short. */
public final class PrintableAnswer {

    /** The longest answer shown, in characters. */
    public static final int MAX_CHARS = 60;

    private PrintableAnswer() {}

    /**
     * {@code it answered "HTTP/1.1 400 Bad Request"}; for bytes that are mostly not text (a TLS alert, say),
     * {@code it answered 7 bytes that are not text}. Control characters and line breaks become spaces, runs of
     * space one; past {@link #MAX_CHARS} it is cut with "…".
     */
    public static String describe(byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        var shown = new StringBuilder();
        int chars = 0;
        int unprintable = 0;
        boolean cut = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            chars++;
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space && !printable(c)) {
                unprintable++;
            }
            if (shown.codePointCount(0, shown.length()) >= MAX_CHARS) {
                cut = true;
                continue;
            }
            if (space || !printable(c)) {
                if (!shown.isEmpty() && shown.charAt(shown.length() - 1) != ' ') {
                    shown.append(' ');
                }
            } else {
                shown.appendCodePoint(c);
            }
        }
        String line = shown.toString().strip();
        if (line.isEmpty() || unprintable * 2 > chars) {
            return "it answered " + answer.length
                    + (answer.length == 1 ? " byte that is not text" : " bytes that are not text");
        }
        return "it answered \"" + line + (cut ? "…" : "") + "\"";
    }

    private static boolean printable(int c) {
        if (c == 0xFFFD || Character.isISOControl(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.UNASSIGNED, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE -> false;
            default -> true;
        };
    }
}
