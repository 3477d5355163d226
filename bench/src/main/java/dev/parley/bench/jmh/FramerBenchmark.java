package dev.parley.bench.jmh;

import dev.parley.protocol.framing.LineFramer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cutting 1,000 chat lines (about 190 bytes each) out of a byte stream; the score is per line. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FramerBenchmark {

    private static final int LINES = 1000;
    private final byte[] stream = ("{\"user\":\"alice\",\"type\":\"message\",\"message\":\"" + "x".repeat(128)
            + "\",\"version\":\"1.0.0\"}\n").repeat(LINES).getBytes(StandardCharsets.UTF_8);

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int frameLines() throws IOException {
        var framer = new LineFramer(new ByteArrayInputStream(stream), 64 * 1024);
        int total = 0;
        String line;
        while ((line = framer.readLine()) != null) {
            total += line.length();
        }
        return total;
    }
}
