package dev.parley.bench.load;

import dev.parley.bench.load.RoomProbe.Sample;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The soak: a room as its own process, a crowd joining, chatting and leaving for a while, then everyone gone. The
 * room is looked at before, during and after (see {@link RoomProbe}); afterwards it must hold what it held before:
 * no members, no more threads or open files than it started with (give or take), and a live heap no larger than a
 * tolerance above where it started, nor growing while the crowd came and went.
 */
final class SoakRun {

    /** The soak's room: guests allowed and a cheap password hash; the per-address limits at their defaults. */
    static final String SOAK_CONFIG = """
            {
              "roomName": "parley-soak",
              "allowGuests": true,
              "passwordHashIterations": 1
            }
            """;

    /** What the soak does. */
    record Options(
            int clients,
            int seconds,
            int sampleSeconds,
            SoakClients.Pace pace,
            Path modules,
            String serverCpus,
            List<String> serverJvm,
            Tolerances tolerances) {}

    /** How much more the room may hold afterwards than before: noise from a JIT, a pool, a GC's sizing. */
    record Tolerances(int threads, int openFiles, long heapBytes, double heapGrowth) {
        /** For a noisy shared 2-core machine. */
        static final Tolerances DEFAULT = new Tolerances(12, 8, 24L << 20, 0.5);
    }

    /** Before, during (one per sample period), after; the crowd's counts; what went wrong. */
    record Result(
            Sample before,
            List<Sample> during,
            Sample after,
            long joins,
            long failedJoins,
            long messages,
            long linesReceived,
            long errorsReceived,
            long disconnects,
            long closes,
            long resets,
            long ioFailures,
            String lastFailure,
            List<String> problems) {}

    private SoakRun() {}

    static Result run(Options o, PrintStream log) throws Exception {
        Path dataDir = Files.createTempDirectory("parley-soak");
        try (var server = ServerProcess.start(o.modules(), dataDir, o.serverCpus(), o.serverJvm(), SOAK_CONFIG)) {
            var probe = new RoomProbe(server.pid(), dataDir);
            long t0 = System.nanoTime();
            Sample before = probe.sample(0);
            Map<String, Long> classesBefore = probe.histogram();
            log.println("before: " + show(before));
            var during = new ArrayList<Sample>();
            SoakClients crowd = new SoakClients(new InetSocketAddress("127.0.0.1", server.port()), o.pace());
            crowd.start(o.clients(), Math.min(o.pace().minStayMillis(), o.seconds() * 1000 / 4), 42);
            long end = t0 + TimeUnit.SECONDS.toNanos(o.seconds());
            long next = t0 + TimeUnit.SECONDS.toNanos(o.sampleSeconds());
            while (next < end) {
                TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
                Sample s = probe.sample(seconds(t0));
                during.add(s);
                log.printf(
                        Locale.ROOT,
                        "during: %s; %d joins, %d messages, %d lines received%n",
                        show(s),
                        crowd.joins.sum(),
                        crowd.messages.sum(),
                        crowd.linesReceived.sum());
                next += TimeUnit.SECONDS.toNanos(o.sampleSeconds());
            }
            TimeUnit.NANOSECONDS.sleep(Math.max(0, end - System.nanoTime()));
            crowd.stop();
            log.printf(Locale.ROOT, "everyone left at %.0f s%n", seconds(t0));
            Sample after = settle(probe, before, o.tolerances(), t0);
            log.println("after: " + show(after));
            log.println("grew most from before to after (bytes by class, after a full collection):");
            RoomProbe.grewMost(classesBefore, probe.histogram(), 8).forEach(line -> log.println("  " + line));
            List<String> problems = problems(before, during, after, o.tolerances(), crowd);
            return new Result(
                    before,
                    during,
                    after,
                    crowd.joins.sum(),
                    crowd.failedJoins.sum(),
                    crowd.messages.sum(),
                    crowd.linesReceived.sum(),
                    crowd.errorsReceived.sum(),
                    crowd.disconnects.sum(),
                    crowd.closes.sum(),
                    crowd.resets.sum(),
                    crowd.ioFailures.sum(),
                    crowd.lastFailure(),
                    problems);
        }
    }

    /**
     * Waits (up to a minute) for the room to let go of the last connections: a closed connection lingers a moment
     * while its last lines go out, so the first look may come early.
     */
    private static Sample settle(RoomProbe probe, Sample before, Tolerances t, long t0) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Sample s = probe.sample(seconds(t0));
            boolean settled = s.members() == 0
                    && s.threads() <= before.threads() + t.threads()
                    && s.openFiles() <= before.openFiles() + t.openFiles();
            if (settled || System.nanoTime() > deadline) {
                return s;
            }
            TimeUnit.SECONDS.sleep(2);
        }
    }

    static List<String> problems(Sample before, List<Sample> during, Sample after, Tolerances t, SoakClients crowd) {
        var problems = new ArrayList<String>();
        if (after.members() != 0) {
            problems.add(after.members() + " members left in the room after everyone left");
        }
        if (after.threads() > before.threads() + t.threads()) {
            problems.add("threads: " + before.threads() + " before, " + after.threads() + " after");
        }
        if (after.platformThreads() > before.platformThreads() + t.threads()) {
            problems.add(
                    "platform threads: " + before.platformThreads() + " before, " + after.platformThreads() + " after");
        }
        if (after.openFiles() > before.openFiles() + t.openFiles()) {
            problems.add("open files: " + before.openFiles() + " before, " + after.openFiles() + " after");
        }
        if (after.heapAfterGcBytes() > before.heapAfterGcBytes() + t.heapBytes()) {
            problems.add("live heap: " + mb(before.heapAfterGcBytes()) + " before, " + mb(after.heapAfterGcBytes())
                    + " after");
        }
        if (during.size() >= 2) {
            // Under the same load, the live heap must not climb from the first look to the last.
            long first = during.getFirst().heapAfterGcBytes();
            long last = during.getLast().heapAfterGcBytes();
            if (last > first * (1 + t.heapGrowth()) + t.heapBytes()) {
                problems.add(
                        "live heap grew under load: " + mb(first) + " at the first look, " + mb(last) + " at the last");
            }
        }
        if (crowd.joins.sum() == 0 || crowd.messages.sum() == 0) {
            problems.add("the crowd did not get in or did not talk: " + crowd.joins.sum() + " joins, "
                    + crowd.messages.sum() + " messages");
        }
        if (crowd.failedJoins.sum() > crowd.joins.sum() / 100) {
            problems.add(crowd.failedJoins.sum() + " joins failed (of " + crowd.joins.sum() + "); last: "
                    + crowd.lastFailure());
        }
        return problems;
    }

    static String show(Sample s) {
        return String.format(
                Locale.ROOT,
                "%.0f s: %d members, %d threads (%d platform), %d open files, live heap %s, RSS %s",
                s.atSeconds(),
                s.members(),
                s.threads(),
                s.platformThreads(),
                s.openFiles(),
                mb(s.heapAfterGcBytes()),
                mb(s.rssBytes()));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
