package dev.parley.server.room;

import dev.parley.protocol.Usernames;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who the room saw lately, for the host's "recently seen" list: the last {@value #CAPACITY} distinct user and
 * address pairs that logged in, tried to, or tripped a limit, each with the time last seen and the limits tripped.
 * Bounded whatever comes: one address (an IPv6 address by its /64) holds at most {@value #NAMES_PER_ADDRESS}
 * entries, so a flooder trying name after name pushes out its own entries, not everyone else's. Thread-safe.
 */
public final class RecentlySeen implements LimitTrips {

    static final int CAPACITY = 200;
    static final int NAMES_PER_ADDRESS = 8;

    /** One entry as the host sees it. */
    public record Entry(String username, InetAddress address, Instant lastSeen, Map<String, Integer> trips) {}

    /** A valid name's key, or "" for none. */
    private record Key(String user, InetAddress address) {}

    private static final class Seen {
        final String username;
        final InetAddress address;
        Instant lastSeen;
        final TreeMap<String, Integer> trips = new TreeMap<>();

        Seen(String username, InetAddress address) {
            this.username = username;
            this.address = address;
        }
    }

    private final Clock clock;
    /** Least recently seen first. */
    private final LinkedHashMap<Key, Seen> entries = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true);

    public RecentlySeen(Clock clock) {
        this.clock = clock;
    }

    /** Someone logged in, registered or tried to, or left, as {@code username} (null or invalid: no name). */
    public void saw(InetAddress address, String username) {
        synchronized (this) {
            touch(address, username);
        }
    }

    @Override
    public void tripped(InetAddress address, String username, String code) {
        Objects.requireNonNull(code, "code");
        synchronized (this) {
            touch(address, username).trips.merge(code, 1, (a, b) -> a == Integer.MAX_VALUE ? a : a + b);
        }
    }

    /** Newest first. */
    public synchronized List<Entry> recent() {
        var list = new ArrayList<Entry>(entries.size());
        for (Seen s : entries.values()) {
            list.add(new Entry(s.username, s.address, s.lastSeen, Map.copyOf(s.trips)));
        }
        return list.reversed();
    }

    private Seen touch(InetAddress address, String username) {
        // An invalid name cannot be banned, and would carry whatever a stranger typed into the host's window.
        String name = username != null && Usernames.isValid(username) ? username : null;
        var key = new Key(name == null ? "" : Usernames.key(name), address);
        Seen seen = entries.get(key);
        if (seen == null) {
            makeRoomFor(address);
            seen = new Seen(name, address);
            entries.put(key, seen);
        }
        seen.lastSeen = clock.instant();
        return seen;
    }

    /** Drops this address's oldest entry when it has its share, else the oldest of all when the list is full. */
    private void makeRoomFor(InetAddress address) {
        var group = ConnectionsPerAddress.Group.of(address);
        Key oldestOfGroup = null;
        int inGroup = 0;
        for (Key k : entries.keySet()) {
            if (ConnectionsPerAddress.Group.of(k.address()).equals(group)) {
                inGroup++;
                if (oldestOfGroup == null) {
                    oldestOfGroup = k;
                }
            }
        }
        if (inGroup >= NAMES_PER_ADDRESS) {
            entries.remove(oldestOfGroup);
        } else if (entries.size() >= CAPACITY) {
            Iterator<Key> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
