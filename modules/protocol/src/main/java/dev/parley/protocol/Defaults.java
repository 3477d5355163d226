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

    private Defaults() {}
}
