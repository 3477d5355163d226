package dev.parley.bench.jmh;

import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.JsonObjectFramer;
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

/**
 * Cutting 1,000 chat requests (about 190 bytes each, one per line) out of a byte stream read 2 KB at a time, as
 * the server reads a connection; the score is per request. {@code frameAndDecode} is the server's whole read path
 * up to a decoded request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FramerBenchmark {

    private static final int MESSAGES = 1000;
    private static final int READ_BUFFER_BYTES = 2048;
    private final byte[] stream = ("{\"user\":\"alice\",\"type\":\"message\",\"message\":\"" + "x".repeat(128)
                    + "\",\"version\":\"1.0.0\"}\n")
            .repeat(MESSAGES)
            .getBytes(StandardCharsets.UTF_8);
    private final MessageCodec codec = new MessageCodec();

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int frameObjects() throws IOException {
        var framer = new JsonObjectFramer(new ByteArrayInputStream(stream), 64 * 1024, READ_BUFFER_BYTES);
        int total = 0;
        for (Frame f; (f = framer.next()) != null; ) {
            if (f instanceof Frame.JsonObject o) {
                total += o.length();
            }
        }
        return total;
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int frameAndDecode() throws IOException, ProtocolException {
        var framer = new JsonObjectFramer(new ByteArrayInputStream(stream), 64 * 1024, READ_BUFFER_BYTES);
        int total = 0;
        for (Frame f; (f = framer.next()) != null; ) {
            if (f instanceof Frame.JsonObject o) {
                total += codec.decodeRequest(o.bytes(), o.offset(), o.length())
                        .request()
                        .user()
                        .length();
            }
        }
        return total;
    }
}
