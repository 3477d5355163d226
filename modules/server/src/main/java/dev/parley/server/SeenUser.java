package dev.parley.server;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Someone the room saw lately: who logged in or tried to, or whose address tripped a limit, so that the host can
 * ban them after they have left.
 *
 * @param username the name they logged in, registered or tried as; null when they named none (or an invalid one)
 * @param address the address they came from, as {@link java.net.InetAddress#getHostAddress} writes it
 * @param lastSeen when they last logged in, tried to, left or tripped a limit
 * @param online whether they are logged in now, from that address
 * @param trips how many times each limit refused them, by the {@code error} code it answered, in code order
 */
public record SeenUser(String username, String address, Instant lastSeen, boolean online, Map<String, Integer> trips) {

    public SeenUser {
        trips = Collections.unmodifiableSortedMap(new TreeMap<>(trips));
    }
}
