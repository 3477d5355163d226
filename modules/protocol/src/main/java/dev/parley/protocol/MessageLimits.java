package dev.parley.protocol;

/** Sizes every Parley client and server agree on; docs/protocol.md announces them. */
public final class MessageLimits {

    /**
     * The largest message (one JSON object, its line ending not counted) a Parley server ever sends, and so the
     * largest a client must accept. Lists that would not fit are cut and marked {@code "truncated":"true"}.
     */
    public static final int MAX_SERVER_MESSAGE_BYTES = 1 << 20;

    /**
     * The highest {@code maxMessageBytes} a room may be configured with: a chat message that size, broadcast with
     * its sender's name, still fits under {@link #MAX_SERVER_MESSAGE_BYTES}.
     */
    public static final int MAX_CLIENT_MESSAGE_BYTES = MAX_SERVER_MESSAGE_BYTES / 2;

    /** The deepest nesting of objects and arrays a message may have; Jackson enforces the same. */
    public static final int MAX_NESTING_DEPTH = 64;

    private MessageLimits() {}
}
