package dev.parley.ui;

import dev.parley.protocol.ProtocolVersion;
import java.util.Objects;

/** What the host chooses in the Host room dialog; everything else comes from server.json. */
public record HostSettings(String roomName, int port, boolean allowGuests, ProtocolVersion minClientVersion) {
    public HostSettings {
        Objects.requireNonNull(roomName, "roomName");
        Objects.requireNonNull(minClientVersion, "minClientVersion");
    }
}
