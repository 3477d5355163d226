package dev.parley.server.room;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Says whether to log about an address again: at most once a minute each, so a loop of refusals cannot flood the log. */
final class OncePerMinute {

    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** Forgotten all at once when it grows past this, which at worst logs some addresses once more. */
    private static final int MAX_REMEMBERED = 10_000;

    private final ConcurrentHashMap<InetAddress, Long> lastLogged = new ConcurrentHashMap<>();

    boolean shouldLog(InetAddress address) {
        long now = System.nanoTime();
        if (lastLogged.size() > MAX_REMEMBERED) {
            lastLogged.clear();
        }
        var log = new boolean[1];
        lastLogged.compute(address, (a, last) -> {
            log[0] = last == null || now - last >= MINUTE_NANOS;
            return log[0] ? now : last;
        });
        return log[0];
    }
}
