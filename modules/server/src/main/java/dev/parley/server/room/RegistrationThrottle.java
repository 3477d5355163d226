package dev.parley.server.room;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * How many accounts may be registered: at most {@code perAddress} from one address (an IPv6 address by its /64)
 * and {@code perRoom} in all within a sliding window, so that nobody fills the accounts file or takes every good
 * name in an afternoon. Counts accounts made, not names asked for. Thread-safe.
 */
final class RegistrationThrottle {

    /** Which limit stopped a registration. */
    enum Verdict {
        ALLOWED,
        ADDRESS_FULL,
        ROOM_FULL
    }

    private final int perAddress;
    private final int perRoom;
    private final Duration window;
    private final Clock clock;
    private final ArrayDeque<Instant> room = new ArrayDeque<>();
    private final Map<ConnectionsPerAddress.Group, ArrayDeque<Instant>> byAddress = new HashMap<>();

    RegistrationThrottle(int perAddress, int perRoom, Duration window, Clock clock) {
        this.perAddress = perAddress;
        this.perRoom = perRoom;
        this.window = window;
        this.clock = clock;
    }

    /** Whether {@code address} may register one more account now; counts nothing. */
    synchronized Verdict check(InetAddress address) {
        Instant cutoff = clock.instant().minus(window);
        forgetOld(room, cutoff);
        ArrayDeque<Instant> mine = byAddress.get(ConnectionsPerAddress.Group.of(address));
        if (mine != null) {
            forgetOld(mine, cutoff);
        }
        if (mine != null && mine.size() >= perAddress) {
            return Verdict.ADDRESS_FULL;
        }
        return room.size() >= perRoom ? Verdict.ROOM_FULL : Verdict.ALLOWED;
    }

    /** Counts one account from {@code address} when both limits allow it; says which did not otherwise. */
    synchronized Verdict tryCount(InetAddress address) {
        Verdict verdict = check(address);
        if (verdict == Verdict.ALLOWED) {
            Instant now = clock.instant();
            room.addLast(now);
            byAddress
                    .computeIfAbsent(ConnectionsPerAddress.Group.of(address), g -> new ArrayDeque<>())
                    .addLast(now);
            if (byAddress.size() > TokenBuckets.TIDY_ABOVE) {
                Instant cutoff = now.minus(window);
                byAddress.values().forEach(q -> forgetOld(q, cutoff));
                byAddress.values().removeIf(ArrayDeque::isEmpty);
            }
        }
        return verdict;
    }

    private static void forgetOld(ArrayDeque<Instant> times, Instant cutoff) {
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }
}
