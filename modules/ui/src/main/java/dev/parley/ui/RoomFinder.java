package dev.parley.ui;

import java.util.Objects;

/**
 * Finds rooms announced on the local network, for the Join dialog's list. The launcher implements it over DNS-SD;
 * the UI sees only these types. {@link #NONE} finds nothing (no discovery in this run).
 */
public interface RoomFinder {

    /** Finds nothing: the Join dialog then says how to join by address. */
    RoomFinder NONE = listener -> () -> {};

    /**
     * Starts looking; the listener hears of rooms until the search is closed. Listeners are called on any thread
     * (the caller moves to its own). Never throws: where the network cannot be searched, nothing is found.
     */
    Search search(Listener listener);

    /** A running search; closing it stops it (and its listener hears no more). */
    interface Search extends AutoCloseable {
        @Override
        void close();
    }

    /** What a search hears. */
    interface Listener {
        /** A room appeared, or one already found changed (same {@link NetworkRoom#id()}: users online, say). */
        void found(NetworkRoom room);

        /** The room of this id is gone (stopped, or no longer announced). */
        void lost(String id);
    }

    /**
     * A room on the network as it announces itself.
     *
     * @param id what tells rooms apart while they are listed (their DNS-SD instance name)
     * @param host the address to connect to, as {@code dev.parley.client.RoomAddress} parses it
     * @param usersOnline -1 when the room did not say
     */
    record NetworkRoom(String id, String name, String host, int port, int usersOnline, boolean tls) {
        public NetworkRoom {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(host, "host");
        }

        /** What to type in the address field: host:port, IPv6 in brackets. */
        public String address() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }
}
