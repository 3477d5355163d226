package dev.parley.server.room;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The room-wide cap on open connections, kept below the process's file limit: a room out of file descriptors can
 * no longer accept anyone, open its log or save its accounts, so past the cap a newcomer is refused instead while
 * the room still has descriptors left for that. Thread-safe.
 */
final class ConnectionCap {

    /** Where the file limit cannot be read (Windows has none as such). */
    static final int FALLBACK = 20_000;

    private final int max;
    private final AtomicInteger open = new AtomicInteger();

    /** @param configured the room's {@code maxConnections}; 0 picks {@link #automatic()} */
    ConnectionCap(int configured) {
        this.max = configured > 0 ? configured : automatic();
    }

    int max() {
        return max;
    }

    /**
     * Nine tenths of the file limit, and at least 64 descriptors kept back, for the log, the stores, the listening
     * socket and the JDK's own files.
     */
    static int automatic() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            return fromFileLimit(unix.getMaxFileDescriptorCount());
        }
        return FALLBACK;
    }

    static int fromFileLimit(long files) {
        if (files <= 0) {
            return FALLBACK;
        }
        long kept = Math.max(64, files / 10);
        return Math.clamp(files - kept, 1, Integer.MAX_VALUE);
    }

    boolean tryOpen() {
        if (open.incrementAndGet() <= max) {
            return true;
        }
        open.decrementAndGet();
        return false;
    }

    void closed() {
        open.decrementAndGet();
    }
}
