package dev.parley.protocol;

/**
 * What a room and the people joining it assume when nobody says otherwise. Server, client and desktop read these
 * from here so that a default is written once; docs/protocol.md and config/README.md announce them.
 */
public final class Defaults {

    /** The TCP port a room listens on, and the port a room address without one means. */
    public static final int PORT = 5050;

    /** A room's name when its host gives none. */
    public static final String ROOM_NAME = "Parley room";

    /**
     * The longest chat message a room takes, in Unicode code points (an emoji is one), when its host sets no other;
     * also what a client assumes of a room that does not say ({@code room} message, docs/protocol.md).
     */
    public static final int MAX_MESSAGE_CHARS = 4000;

    private Defaults() {}
}
