package dev.parley.ui;

import dev.parley.protocol.ParleyVersion;
import java.util.Objects;

/**
 * What the host chooses in the Host room dialog; everything else comes from server.json.
 *
 * @param requireTls refuse clients that speak plain JSON (older Parley, spec clients) rather than TLS
 * @param announce announce the room on the local network, so Join dialogs nearby list it
 */
public record HostSettings(
        String roomName,
        int port,
        boolean allowGuests,
        ParleyVersion minClientVersion,
        boolean requireTls,
        boolean announce) {
    public HostSettings {
        Objects.requireNonNull(roomName, "roomName");
        Objects.requireNonNull(minClientVersion, "minClientVersion");
    }
}
