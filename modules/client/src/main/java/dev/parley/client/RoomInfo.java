package dev.parley.client;

import dev.parley.protocol.Defaults;
import dev.parley.protocol.Usernames;

/**
 * What the room said about itself right after login (the {@code room} message, docs/protocol.md); {@link #DEFAULT}
 * until it says, and for a room that never does (an older room, a spec server). A field the room left out keeps its
 * default.
 *
 * @param name the room's name, or null when it did not say (show its address then)
 * @param version the room's Parley version, or null when it did not say
 * @param maxMessageChars the longest chat message, in Unicode code points
 * @param historySize how many past messages the room keeps and sends after login; 0 when it keeps none
 * @param tls whether the room speaks TLS
 * @param owner the account that hosts the room (marked "(host)" in user lists), or null when it has none or did
 *     not say
 */
public record RoomInfo(String name, String version, int maxMessageChars, int historySize, boolean tls, String owner) {

    public static final RoomInfo DEFAULT = new RoomInfo(null, null, Defaults.MAX_MESSAGE_CHARS, 0, false, null);

    /** A room that names no owner. */
    public RoomInfo(String name, String version, int maxMessageChars, int historySize, boolean tls) {
        this(name, version, maxMessageChars, historySize, tls, null);
    }

    public RoomInfo {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be at least 1");
        }
        if (historySize < 0) {
            throw new IllegalArgumentException("historySize must not be negative");
        }
        owner = owner == null || owner.isBlank() ? null : owner;
    }

    /** The room's name, or {@code fallback} (its address, say) when it gave none. */
    public String nameOr(String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    /** Whether {@code user} is the room's owner (names compare as the room compares them, ignoring case). */
    public boolean isOwner(String user) {
        return owner != null && user != null && Usernames.key(owner).equals(Usernames.key(user));
    }

    public boolean keepsHistory() {
        return historySize > 0;
    }

    public RoomLimits limits() {
        return new RoomLimits(maxMessageChars);
    }
}
