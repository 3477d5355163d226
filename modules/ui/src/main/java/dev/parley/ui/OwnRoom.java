package dev.parley.ui;

import java.util.List;

/**
 * The room this app hosts, with the addresses others join at, looked up once off the event thread (listing network
 * interfaces can take a while) so windows can show them without blocking.
 */
public record OwnRoom(HostedRoom room, List<String> joinAddresses) {

    public OwnRoom {
        joinAddresses = List.copyOf(joinAddresses);
    }

    /** Looks up the join addresses: off the event thread. */
    public static OwnRoom lookUp(HostedRoom room) {
        return new OwnRoom(room, room.joinAddresses());
    }

    public HostTools tools() {
        return room.tools();
    }

    /** What others type to join; this machine's own address when no network address was found. */
    public List<String> othersJoinWith() {
        return joinAddresses.isEmpty() ? List.of(room.localAddress().toString()) : joinAddresses;
    }
}
