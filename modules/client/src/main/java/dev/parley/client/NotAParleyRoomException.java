package dev.parley.client;

import java.io.IOException;

/**
 * Something listens at the address, but it is not a Parley room: its first answer to {@code room_info} was not a
 * JSON object with a {@code type}, or it gave none in time (docs/protocol.md, "Room, history and removals").
 */
public final class NotAParleyRoomException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String room;
    private final String why;

    /**
     * @param room "host:port"
     * @param why what it did instead of answering as a room does, e.g. {@code it answered "HTTP/1.1 400 Bad Request"}
     */
    public NotAParleyRoomException(String room, String why) {
        super(room + " is not a Parley room: " + why + ".");
        this.room = room;
        this.why = why;
    }

    /** "host:port". */
    public String room() {
        return room;
    }

    /** What it did instead, in words a person understands. */
    public String why() {
        return why;
    }
}
