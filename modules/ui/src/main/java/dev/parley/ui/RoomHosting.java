package dev.parley.ui;

import java.util.OptionalInt;

/** Starts a room inside this app. The launcher provides it, composing the server with its stores. */
public interface RoomHosting {

    /**
     * How many chat messages a room started now keeps for newcomers (0: none), as its configuration says; empty
     * when that cannot be told. Reads a file: call it off the event thread.
     */
    default OptionalInt historySize() {
        return OptionalInt.empty();
    }

    /**
     * Starts a room; called off the event thread.
     *
     * @throws Exception whose message is shown to the host as it is
     */
    HostedRoom start(HostSettings settings) throws Exception;
}
