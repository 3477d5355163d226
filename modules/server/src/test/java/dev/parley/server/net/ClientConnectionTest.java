package dev.parley.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientConnectionTest {

    @Test
    void aBatchGoesOutWholeAndInOrderInFewWrites() throws IOException {
        var lines = new ArrayList<byte[]>();
        for (int i = 0; i < 2000; i++) {
            lines.add(("{\"type\":\"message\",\"n\":" + i + "}\n").getBytes(StandardCharsets.UTF_8));
        }
        var out = new CountingStream();

        ClientConnection.writeBatch(out, batchOf(lines));

        assertThat(out.toByteArray()).isEqualTo(concat(lines));
        assertThat(out.writes).as("64 KB at a time").isLessThanOrEqualTo(1 + out.size() / (64 * 1024));
    }

    @Test
    void aLineLongerThanTheBufferStillGoesOutBetweenTheOthers() throws IOException {
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'u');
        big[big.length - 1] = '\n';
        List<byte[]> lines =
                List.of("a\n".getBytes(StandardCharsets.UTF_8), big, "b\n".getBytes(StandardCharsets.UTF_8));
        var out = new CountingStream();

        ClientConnection.writeBatch(out, batchOf(lines));

        assertThat(out.toByteArray()).isEqualTo(concat(lines));
    }

    private static Batch batchOf(List<byte[]> lines) {
        var batch = new Batch();
        batch.lines = lines.toArray(byte[][]::new);
        batch.size = lines.size();
        return batch;
    }

    private static byte[] concat(List<byte[]> lines) {
        var all = new ByteArrayOutputStream();
        lines.forEach(all::writeBytes);
        return all.toByteArray();
    }

    private static final class CountingStream extends ByteArrayOutputStream {
        int writes;

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes++;
            super.write(b, off, len);
        }

        @Override
        public void write(byte[] b) {
            write(b, 0, b.length);
        }
    }
}
