package dev.parley.ui;

import dev.parley.protocol.ParleyVersion;
import java.util.Objects;

/**
 * What the host chooses in the Host room dialog; everything else comes from server.json.
 *
 * @param requireTls refuse clients that speak plain JSON (older Parley, spec clients) rather than TLS
 * @param announce announce the room on the local network, so Join dialogs nearby list it
 * @param owner the host's name: the room's owner account, which this app's window enters as; "" for none
 */
public record HostSettings(
        String roomName,
        int port,
        boolean allowGuests,
        ParleyVersion minClientVersion,
        boolean requireTls,
        boolean announce,
        String owner) {
    public HostSettings {
        Objects.requireNonNull(roomName, "roomName");
        owner = owner == null ? "" : owner;
        Objects.requireNonNull(minClientVersion, "minClientVersion");
    }

    /** A room without an owner: the host logs in with a password like anyone. */
    public HostSettings(
            String roomName,
            int port,
            boolean allowGuests,
            ParleyVersion minClientVersion,
            boolean requireTls,
            boolean announce) {
        this(roomName, port, allowGuests, minClientVersion, requireTls, announce, "");
    }
}
