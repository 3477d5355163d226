package dev.parley.bench.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of {@code parley-bench login-storm}. */
record LoginStormOptions(
        int attackers,
        double seconds,
        List<AttackVariant> attacks,
        int chatUsers,
        int senders,
        int rate,
        double quietSeconds,
        double honestEverySeconds,
        double honestTimeoutSeconds,
        String honestAddress,
        Path out,
        String serverCpus,
        List<String> serverJvm) {

    static final String USAGE = """
            parley-bench login-storm [--attackers N] [--seconds D] [--attack wrong-password|already-online|both]
                                     [--chat-users U] [--senders S] [--rate MSG_PER_S] [--quiet-seconds D]
                                     [--honest-every D] [--honest-timeout D] [--honest-address ADDR]
                                     [--server-cpus LIST] [--server-jvm "JVM OPTIONS"] [--out DIR]
            A room at its real password-hash cost (its default, 600,000 PBKDF2 iterations) with U registered users
            chatting (S of them sending MSG_PER_S lines a second in all), first D seconds without an attack
            (--quiet-seconds, the baseline), then for --seconds while N connections from 127.0.0.1 ask for a
            salt and log in to one account as fast as the room answers: with a wrong password, or with the right
            one while that account is online (already_online). 'both' runs each in a fresh room. Meanwhile an
            honest user logs in from --honest-address (another loopback address) every --honest-every seconds.
            Targets: chat p99 < 50 ms and every honest login < 1 s.
            Defaults: --attackers 200 --seconds 30 --attack both --chat-users 20 --senders 4 --rate 20
                      --quiet-seconds 5 --honest-every 3 --honest-timeout 30 --honest-address 127.0.0.2""";

    private static final Set<String> KEYS = Set.of(
            "attackers",
            "seconds",
            "attack",
            "chat-users",
            "senders",
            "rate",
            "quiet-seconds",
            "honest-every",
            "honest-timeout",
            "honest-address",
            "out",
            "server-cpus",
            "server-jvm");

    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    /** Reads the options; a bad one is an {@link IllegalArgumentException} that names it. */
    static LoginStormOptions parse(String... args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !KEYS.contains(a.substring(2))) {
                throw new IllegalArgumentException("unknown argument " + a + " (see --help)");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            opt.put(a.substring(2), args[++i]);
        }
        int chatUsers = integer(opt, "chat-users", "20", 1, 1000);
        return new LoginStormOptions(
                integer(opt, "attackers", "200", 0, 20_000),
                seconds(opt, "seconds", "30", 600),
                AttackVariant.parse(opt.getOrDefault("attack", "both")),
                chatUsers,
                integer(opt, "senders", "4", 1, chatUsers),
                integer(opt, "rate", "20", 1, 10_000),
                seconds(opt, "quiet-seconds", "5", 600),
                seconds(opt, "honest-every", "3", 600),
                seconds(opt, "honest-timeout", "30", 600),
                opt.getOrDefault("honest-address", "127.0.0.2"),
                Path.of(opt.getOrDefault("out", "bench/results")),
                opt.getOrDefault("server-cpus", "0"),
                List.of(opt.getOrDefault("server-jvm", "-Xss256k").split(" ")));
    }

    private static int integer(Map<String, String> opt, String key, String fallback, int min, int max) {
        String text = opt.getOrDefault(key, fallback);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(
                "--" + key + " takes a whole number from " + min + " to " + max + ", not " + text);
    }

    /** Bounded, so that every run ends by itself. */
    private static double seconds(Map<String, String> opt, String key, String fallback, double max) {
        String text = opt.getOrDefault(key, fallback);
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(
                "--" + key + " takes seconds, more than 0 and at most " + max + ", not " + text);
    }
}
