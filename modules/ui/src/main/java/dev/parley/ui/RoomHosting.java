package dev.parley.ui;

/** Starts a room inside this app. The launcher provides it, composing the server with its stores. */
public interface RoomHosting {

    /**
     * Starts a room; called off the event thread.
     *
     * @throws Exception whose message is shown to the host as it is
     */
    HostedRoom start(HostSettings settings) throws Exception;
}
