package dev.parley.bench.load;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * parley-bench soak: N clients join a room, chat and leave, coming back under new names, for a while; then the room
 * must hold what it held before it started (docs/performance.md, Soak). Exits 1 when it does not.
 */
public final class SoakMain {

    private static final PrintStream OUT = System.out;

    private SoakMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parse(args);
        int clients = Integer.parseInt(opt.getOrDefault("clients", "1000"));
        int seconds = (int) Math.round(Double.parseDouble(opt.getOrDefault("minutes", "4")) * 60);
        int[] stay = range(opt.getOrDefault("stay-seconds", "20-90"));
        int[] silence = range(opt.getOrDefault("silence-seconds", "5-20"));
        var options = new SoakRun.Options(
                clients,
                seconds,
                Integer.parseInt(opt.getOrDefault("sample-seconds", "30")),
                new SoakClients.Pace(stay[0] * 1000, stay[1] * 1000, silence[0] * 1000, silence[1] * 1000),
                Path.of(System.getProperty("parley.modules", "app-launcher/target/modules")),
                opt.getOrDefault("server-cpus", "0"),
                List.of(opt.getOrDefault("server-jvm", "-Xss256k").split(" ")),
                SoakRun.Tolerances.DEFAULT);
        OUT.printf(
                Locale.ROOT,
                "parley-bench soak: %d clients for %d s, each staying %d-%d s and speaking every %d-%d s;"
                        + " one loopback address per client, the room's per-address limits at their defaults%n",
                clients,
                seconds,
                stay[0],
                stay[1],
                silence[0],
                silence[1]);
        SoakRun.Result r = SoakRun.run(options, OUT);
        OUT.printf(
                Locale.ROOT,
                "crowd: %d joins (%d failed), %d messages, %d lines received (%d errors);"
                        + " left by disconnect %d, close %d, reset %d; %d I/O failures%n",
                r.joins(),
                r.failedJoins(),
                r.messages(),
                r.linesReceived(),
                r.errorsReceived(),
                r.disconnects(),
                r.closes(),
                r.resets(),
                r.ioFailures());
        if (r.problems().isEmpty()) {
            OUT.println("no leaks: members, threads, open files and live heap back where they started");
            return;
        }
        r.problems().forEach(p -> OUT.println("LEAK? " + p));
        System.exit(1);
    }

    private static int[] range(String text) {
        String[] parts = text.split("-");
        int low = Integer.parseInt(parts[0]);
        return new int[] {low, parts.length > 1 ? Integer.parseInt(parts[1]) : low};
    }

    private static Map<String, String> parse(String[] args) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help")) {
                OUT.println("""
                        parley-bench soak [--clients N] [--minutes M] [--stay-seconds MIN-MAX]
                                          [--silence-seconds MIN-MAX] [--sample-seconds S] [--server-cpus LIST]
                                          [--server-jvm "JVM OPTIONS"]
                        N guests (default 1,000) join, chat and leave (disconnect, close or reset) and come back
                        under new names for M minutes (default 4); the room's members, threads, open files and
                        live heap are sampled (jcmd, /proc, its admin socket) and must be back where they started
                        afterwards. Exits 1 when they are not.""");
                System.exit(0);
            }
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + a + " (see soak --help)");
            }
            map.put(a.substring(2), args[++i]);
        }
        return map;
    }
}
