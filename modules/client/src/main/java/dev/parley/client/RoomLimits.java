package dev.parley.client;

import dev.parley.protocol.Defaults;

/**
 * What the room takes, as it said right after login ({@code room} message, docs/protocol.md);
 * {@link #DEFAULT} until it says, or when it never does (an older room, a spec server).
 *
 * @param maxMessageChars the longest chat message, in Unicode code points
 */
public record RoomLimits(int maxMessageChars) {

    public static final RoomLimits DEFAULT = new RoomLimits(Defaults.MAX_MESSAGE_CHARS);

    public RoomLimits {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be at least 1");
        }
    }

    /** The length of {@code text} as the room counts it: code points, so an emoji is one. */
    public static int lengthOf(String text) {
        return text.codePointCount(0, text.length());
    }

    public boolean fits(String text) {
        return lengthOf(text) <= maxMessageChars;
    }
}
