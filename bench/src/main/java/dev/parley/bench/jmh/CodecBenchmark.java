package dev.parley.bench.jmh;

import dev.parley.protocol.codec.InboundRequest;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Encoding one broadcast (done once per message, whatever the room size) and decoding one chat request from its bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {

    private final MessageCodec codec = new MessageCodec();
    private final ChatMessage broadcast = new ChatMessage("alice", "x".repeat(128));
    private final byte[] chatRequest = ("{\"user\":\"alice\",\"type\":\"message\",\"message\":\"" + "x".repeat(128)
                    + "\",\"version\":\"1.0.0\"}")
            .getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public byte[] encodeBroadcast() {
        return codec.encode(broadcast);
    }

    @Benchmark
    public InboundRequest decodeChatLine() throws ProtocolException {
        return codec.decodeRequest(chatRequest, 0, chatRequest.length);
    }
}
