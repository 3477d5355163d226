package dev.parley.server.room;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/** Counts failed logins per address over a sliding window, across connections, so reconnecting does not reset it. */
final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<InetAddress, ArrayDeque<Instant>> failures = new HashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    synchronized boolean isBlocked(InetAddress address) {
        ArrayDeque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        forgetOld(recent);
        if (recent.isEmpty()) {
            failures.remove(address);
            return false;
        }
        return recent.size() >= maxFailures;
    }

    synchronized void recordFailure(InetAddress address) {
        ArrayDeque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        forgetOld(recent);
        recent.addLast(clock.instant());
        if (failures.size() > 10_000) {
            failures.values().forEach(this::forgetOld);
            failures.values().removeIf(ArrayDeque::isEmpty);
        }
    }

    private void forgetOld(ArrayDeque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }
}
