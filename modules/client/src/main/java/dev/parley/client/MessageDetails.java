package dev.parley.client;

import java.time.Instant;

/**
 * What a room beyond the spec adds to a message (docs/protocol.md); each field is null when the room did not say.
 *
 * @param time when the room broadcast a chat message, by its clock
 * @param reason the host's reason, on {@code banned} and on the {@code kicked} error
 * @param until when a ban ends, on {@code banned}; null for a ban with no end
 * @param removed "kicked" or "banned" on a {@code user_notification} that someone left because the host removed them
 */
public record MessageDetails(Instant time, String reason, Instant until, String removed) {

    public static final MessageDetails NONE = new MessageDetails(null, null, null, null);

    /** Whether the host removed the user a leave notification is about. */
    public boolean removedByHost() {
        return removed != null;
    }
}
