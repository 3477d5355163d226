package dev.parley.bench.load;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * parley-bench: N clients join a room, S of them send on a fixed schedule (open loop), and every delivery is
 * counted; the offered rate steps up until latency breaks. See docs/performance.md.
 */
public final class BenchMain {

    private static final PrintStream OUT = System.out;

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("login-storm")) {
            LoginStormMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("soak")) {
            SoakMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Map<String, String> opt = parse(args);
        int clients = Integer.parseInt(opt.getOrDefault("clients", "1000"));
        int senders = Math.min(clients, Integer.parseInt(opt.getOrDefault("senders", "10")));
        int size = Integer.parseInt(opt.getOrDefault("size", "128"));
        int[] rates = Arrays.stream(opt.getOrDefault("rates", "100,200,500,1000,2000,3000,5000")
                        .split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        double stepSeconds = Double.parseDouble(opt.getOrDefault("step-seconds", "5"));
        double stopAboveMs = Double.parseDouble(opt.getOrDefault("stop-above-ms", "2000"));
        Path out = Path.of(opt.getOrDefault("out", "bench/results"));
        String serverCpus = opt.getOrDefault("server-cpus", "0");
        boolean joinOnly = opt.containsKey("join-only");
        int sampleEvery = Math.max(1, clients / 50);
        Files.createDirectories(out);

        OUT.printf(
                Locale.ROOT,
                "parley-bench: %d clients, %d senders, %d-byte messages, steps of %.0f s%n",
                clients,
                senders,
                size,
                stepSeconds);
        OUT.println("server: parley host --headless, guests allowed, password hash cost 1 iteration "
                + "(its own server.json), pinned to CPU " + serverCpus + "; latency sampled on 1 in "
                + sampleEvery + " clients");
        ServerProcess server = ServerProcess.start(
                Path.of(System.getProperty("parley.modules", "app-launcher/target/modules")),
                Files.createTempDirectory("parley-bench"),
                serverCpus,
                List.of(opt.getOrDefault("server-jvm", "-Xss256k").split(" ")));
        try (server;
                var load = new LoadClients(new InetSocketAddress("127.0.0.1", server.port()), sampleEvery)) {
            var threads = ManagementFactory.getThreadMXBean();
            ProcStats beforeJoin = ProcStats.of(server.pid());
            long benchCpuBefore = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            load.join(clients, 256, 300_000_000_000L);
            double joinSeconds = (System.nanoTime() - t0) / 1e9;
            long expectedJoinLines = clients + (long) clients * (clients + 1) / 2;
            long seen = load.drainUntil(expectedJoinLines, 300_000_000_000L);
            long announcedNanos = System.nanoTime() - t0;
            ProcStats afterJoin = ProcStats.of(server.pid());
            OUT.printf(
                    Locale.ROOT,
                    "join: %d clients logged in after %.2f s; all %d join announcements delivered "
                            + "after %.2f s (%s); server RSS %d MB, server CPU %.0f %%, generator CPU %.0f %%%n",
                    clients,
                    joinSeconds,
                    expectedJoinLines,
                    announcedNanos / 1e9,
                    seen == expectedJoinLines ? "complete" : "INCOMPLETE: " + seen,
                    afterJoin.rssBytes() >> 20,
                    100 * afterJoin.cpuShareSince(beforeJoin, announcedNanos),
                    100 * (threads.getCurrentThreadCpuTime() - benchCpuBefore) / (double) announcedNanos);
            if (joinOnly) {
                return;
            }
            double warmup = Double.parseDouble(opt.getOrDefault("warmup-seconds", "5"));
            if (warmup > 0) {
                // Lets both JITs compile the hot paths; not reported.
                step(load, server, clients, senders, size, rates[0], warmup);
            }
            var results = new ArrayList<StepResult>();
            Report.header(OUT);
            for (int rate : rates) {
                StepResult r = step(load, server, clients, senders, size, rate, stepSeconds);
                results.add(r);
                Report.row(OUT, r);
                if (r.benchCpu() > 0.8) {
                    OUT.println("  note: the generator used over 80 percent of a core;"
                            + " above this rate it may be the limit");
                }
                if (r.p99() > stopAboveMs || r.completeness() < 0.5) {
                    break;
                }
            }
            StepResult best = null;
            for (StepResult r : results) {
                if (r.p99() <= 100 && r.completeness() >= 0.999) {
                    best = r;
                }
            }
            OUT.println(
                    best == null
                            ? "no step kept p99 <= 100 ms"
                            : String.format(
                                    Locale.ROOT,
                                    "highest rate with p99 <= 100 ms: %d msg/s = %.0f deliveries/s",
                                    best.messagesPerSecond(),
                                    best.deliveredPerSecond()));
            String name = "bench-n" + clients + "-s" + senders + "-b" + size;
            Report.csv(out.resolve(name + ".csv"), results);
            Report.svg(
                    out.resolve(name + ".svg"),
                    String.format(
                            Locale.ROOT,
                            "Parley: latency vs offered load, N=%d, %d senders, %d B",
                            clients,
                            senders,
                            size),
                    results);
            OUT.println("wrote " + out.resolve(name + ".csv") + " and .svg");
        }
    }

    private static StepResult step(
            LoadClients load, ServerProcess server, int clients, int senders, int size, int rate, double stepSeconds)
            throws Exception {
        var histogram = new Histogram(60_000_000L, 3);
        var threads = ManagementFactory.getThreadMXBean();
        long origin = System.nanoTime();
        load.recordLatency(histogram, origin);
        long linesBefore = load.lines();
        ProcStats serverBefore = ProcStats.of(server.pid());
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long stepNanos = (long) (stepSeconds * 1e9);
        double interval = 1e9 / rate;
        long k = 0;
        String pad = "x".repeat(Math.max(0, size - 30));
        while (true) {
            long elapsed = System.nanoTime() - origin;
            if (elapsed >= stepNanos) {
                break;
            }
            while (k * interval <= elapsed) {
                long scheduled = (long) (k * interval);
                int sender = (int) (k % senders);
                String text = k + " " + scheduled + " " + pad;
                load.send(
                        sender,
                        ("{\"user\":\"b" + sender + "\",\"type\":\"message\",\"message\":\"" + text
                                        + "\",\"version\":\"1.0.0\"}\n")
                                .getBytes(StandardCharsets.UTF_8));
                k++;
            }
            load.poll(1);
        }
        long expected = k * clients;
        load.drainUntil(linesBefore + expected, 15_000_000_000L);
        long wall = System.nanoTime() - origin;
        long delivered = load.lines() - linesBefore;
        ProcStats serverAfter = ProcStats.of(server.pid());
        long cpuAfter = threads.getCurrentThreadCpuTime();
        load.recordLatency(null, 0);
        return new StepResult(
                rate,
                (long) rate * clients,
                delivered / (wall / 1e9),
                histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getValueAtPercentile(99.9) / 1000.0,
                histogram.getMaxValue() / 1000.0,
                expected == 0 ? 1 : (double) delivered / expected,
                serverAfter.cpuShareSince(serverBefore, wall),
                serverAfter.rssBytes(),
                (cpuAfter - cpuBefore) / (double) wall);
    }

    private static Map<String, String> parse(String[] args) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            if (key.equals("join-only") || key.equals("help")) {
                map.put(key, "true");
            } else if (i + 1 < args.length) {
                map.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
        }
        if (map.containsKey("help")) {
            OUT.println("""
                    parley-bench [--clients N] [--senders S] [--size BYTES] [--rates R1,R2,...] [--step-seconds D]
                                 [--warmup-seconds D] [--server-cpus LIST] [--server-jvm "JVM OPTIONS"] [--out DIR]
                                 [--join-only]
                    Rates are chat messages per second across all senders; each is delivered to all N clients.
                    --server-jvm replaces the room's JVM options (default -Xss256k), e.g. to add -Xlog:gc.
                    parley-bench login-storm [OPTIONS]: logins at the real hash cost beside a chat (login-storm --help).
                    parley-bench soak [OPTIONS]: clients join, chat and leave for minutes; then no leaks (soak --help).
                    parley-bench jmh [JMH OPTIONS]: the codec and framer benchmarks.""");
            System.exit(0);
        }
        return map;
    }
}
