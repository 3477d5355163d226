package dev.parley.bench.jmh;

import dev.parley.accounts.AddressRange;
import dev.parley.accounts.Ban;
import dev.parley.accounts.BanList;
import dev.parley.accounts.NotSavedException;
import dev.parley.accounts.StoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ban check every connection and request makes, for an address nobody banned (the usual case), with
 * {@code bans} bans in force: half of them single addresses, half ranges of four prefix lengths, IPv4 and IPv6.
 * {@code lookup} is the ban list's own check; {@code linearScan} tests every range in turn, the bound the check
 * must stay under.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BanLookupBenchmark {

    @Param({"10", "300", "3000"})
    public int bans;

    private Path dir;
    private BanList list;
    private List<AddressRange> ranges;
    private final InetAddress v4 = InetAddress.ofLiteral("192.0.2.77");
    private final InetAddress v6 = InetAddress.ofLiteral("2001:db8:ffff::77");

    @Setup(Level.Trial)
    public void ban() throws IOException, StoreException, NotSavedException {
        dir = Files.createTempDirectory("parley-ban-bench");
        list = BanList.open(dir.resolve("bans.json"), Clock.systemUTC());
        int[] v4Prefixes = {16, 20, 24, 28};
        int[] v6Prefixes = {32, 48, 56, 64};
        for (int i = 0; i < bans; i++) {
            int a = i / 256 % 256;
            int b = i % 256;
            String target = switch (i % 4) {
                case 0 -> "10." + a + "." + b + ".9";
                case 1 -> "2001:db8:" + Integer.toHexString(i) + "::9";
                case 2 ->
                    AddressRange.containing(
                                    InetAddress.ofLiteral("10." + (100 + a % 100) + "." + b + ".0"),
                                    v4Prefixes[i / 4 % 4])
                            .toString();
                default ->
                    AddressRange.containing(
                                    InetAddress.ofLiteral("2001:db8:" + Integer.toHexString(i) + ":1::"),
                                    v6Prefixes[i / 4 % 4])
                            .toString();
            };
            list.add(target, null, "", null);
        }
        ranges = list.active().stream()
                .map(Ban::address)
                .map(AddressRange::parse)
                .toList();
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Optional<Ban> lookupIpv4() {
        return list.forAddress(v4);
    }

    @Benchmark
    public Optional<Ban> lookupIpv6() {
        return list.forAddress(v6);
    }

    @Benchmark
    public boolean linearScanIpv4() {
        for (AddressRange r : ranges) {
            if (r.contains(v4)) {
                return true;
            }
        }
        return false;
    }
}
