package dev.parley.ui;

import dev.parley.client.RoomAddress;
import java.util.List;
import java.util.Optional;

/** A room this app hosts: the host's tools for it and where it can be reached. */
public interface HostedRoom {

    HostTools tools();

    /** Where this app itself connects: the address the room listens on, or loopback when it listens on all. */
    RoomAddress localAddress();

    /**
     * "192.168.1.5:5050" and the like, for the host to tell others. Enumerates network interfaces, which can be
     * slow: call it off the event thread.
     */
    List<String> joinAddresses();

    /** How this app enters the room as its owner; empty when the room has no owner or gives no token. */
    default Optional<OwnerPass> ownerPass() {
        return Optional.empty();
    }

    /** Whether the room is up: false once {@link #stop()} has been called (from any window). */
    boolean running();

    /** Closes the room (everyone gets "shutdown") and waits for it: call it off the event thread. */
    void stop();
}
