package dev.parley.ui.notify;

import java.util.regex.Pattern;

/**
 * Whether a message names someone: "@alice", or "alice" as a word of its own ("Alice, look" yes; "malice" no).
 * Case does not matter, as people do not type names with care.
 */
public final class Mentions {

    private final Pattern name;

    public Mentions(String user) {
        this.name = Pattern.compile(
                "(?<![\\p{L}\\p{N}_])@?" + Pattern.quote(user) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public boolean in(String text) {
        return name.matcher(text).find();
    }
}
