package dev.parley.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a local process, from /proc (Linux). */
record ProcStats(long cpuNanos, long rssBytes) {

    private static final long TICK_NANOS = 10_000_000L; // USER_HZ is 100 on Linux

    /** The share of one core this process used since {@code before}, over {@code wallNanos} of wall time. */
    double cpuShareSince(ProcStats before, long wallNanos) {
        return (cpuNanos - before.cpuNanos) / (double) wallNanos;
    }

    static ProcStats of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
            return new ProcStats(ticks * TICK_NANOS, rss);
        } catch (IOException | RuntimeException e) {
            return new ProcStats(-1, -1);
        }
    }
}
