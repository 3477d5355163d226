package dev.parley.bench.accounts;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.SaltSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What one registration costs the account store when the room already has many accounts: writes an accounts.json of
 * N accounts (shaped like the real one, written directly so setting up is quick), opens the store on it, and times
 * R registrations (reserve, then completeRegistration, which returns once the account is on disk). The store hashes
 * with 1 PBKDF2 iteration, so the time is the store's, not the hash's.
 *
 * <p>{@code --while-flushing} times as many registrations again while another thread rewrites accounts.json in a loop.
 *
 * <pre>bench/parley-bench accounts [--accounts 200000] [--registrations 200] [--while-flushing] [--dir DIR]</pre>
 */
public final class RegistrationBench {

    private RegistrationBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parse(args);
        int accounts = Integer.parseInt(opt.getOrDefault("accounts", "200000"));
        int registrations = Integer.parseInt(opt.getOrDefault("registrations", "200"));
        Path dir = opt.containsKey("dir") ? Path.of(opt.get("dir")) : Files.createTempDirectory("parley-accounts");
        Files.createDirectories(dir);
        Path file = dir.resolve("accounts.json");
        try {
            long t0 = System.nanoTime();
            writeAccounts(file, accounts);
            System.out.printf(
                    Locale.ROOT,
                    "accounts.json with %,d accounts: %.1f MB, written in %.1f s%n",
                    accounts,
                    Files.size(file) / 1e6,
                    (System.nanoTime() - t0) / 1e9);

            t0 = System.nanoTime();
            AccountStore store = AccountStore.open(
                    file, SaltSource.fromSecretFile(dir.resolve("server.secret")), 1, Clock.systemUTC());
            System.out.printf(Locale.ROOT, "open: %.2f s%n", (System.nanoTime() - t0) / 1e9);

            report(
                    registrations + " registrations at " + String.format(Locale.ROOT, "%,d", accounts) + " accounts",
                    register(store, "bench", registrations));

            if (opt.containsKey("while-flushing")) {
                // The worst case for a registration: accounts.json rewritten over and over beside it.
                var stop = new AtomicBoolean();
                var flushes = new AtomicInteger();
                Thread flusher = Thread.ofPlatform().name("flusher").start(() -> {
                    while (!stop.get()) {
                        try {
                            store.flush();
                            flushes.incrementAndGet();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                long[] during = register(store, "during", registrations);
                stop.set(true);
                flusher.join();
                report(
                        registrations + " registrations while accounts.json was rewritten " + flushes.get() + " times",
                        during);
            }

            t0 = System.nanoTime();
            store.flush();
            System.out.printf(Locale.ROOT, "flush: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        } finally {
            if (!opt.containsKey("dir")) {
                deleteTree(dir);
            }
        }
    }

    private static long[] register(AccountStore store, String prefix, int count) throws IOException {
        long[] nanos = new long[count];
        Object owner = new Object();
        for (int i = 0; i < count; i++) {
            String name = prefix + i;
            long start = System.nanoTime();
            if (!store.reserve(name, owner)) {
                throw new IllegalStateException(name + " is taken");
            }
            store.completeRegistration(name, owner, "client-hash-" + i);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf(
                Locale.ROOT,
                "%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n",
                what,
                ms(nanos[n / 2]),
                ms(nanos[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)]),
                ms(nanos[n - 1]),
                ms(Arrays.stream(nanos).sum() / n));
    }

    /** The layout Jackson writes (indented), with a stored hash of the real size. */
    private static void writeAccounts(Path file, int count) throws IOException {
        String created = Instant.parse("2026-01-01T00:00:00Z").toString();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"format\" : 1,\n  \"accounts\" : [ ");
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    w.write(", ");
                }
                w.write(String.format(
                        Locale.ROOT,
                        """
                        {
                            "username" : "user%07d",
                            "salt" : "%032d",
                            "password" : {
                              "algorithm" : "PBKDF2WithHmacSHA256",
                              "iterations" : 600000,
                              "salt" : "c2FsdHNhbHRzYWx0c2FsdA%08d",
                              "hash" : "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhh%08d"
                            },
                            "created" : "%s",
                            "lastSeen" : "%s",
                            "lastAddress" : "192.168.%d.%d"
                          }""",
                        i,
                        10_000_000_000_000_000L + i,
                        i,
                        i,
                        created,
                        created,
                        (i >> 8) & 255,
                        i & 255));
            }
            w.write(" ]\n}");
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        var opt = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i] + "; options are --accounts N "
                        + "--registrations N --while-flushing --dir DIR");
            }
            String key = args[i].substring(2);
            opt.put(key, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
        }
        return opt;
    }
}
