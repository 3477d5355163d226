package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LoadClientsTest {

    @Test
    void countsEveryNewlineWhereverItFallsInTheWord() {
        var random = new Random(42);
        for (int length = 0; length < 70; length++) {
            byte[] bytes = new byte[length];
            int expected = 0;
            for (int i = 0; i < length; i++) {
                // 0x0A, its neighbours and high bytes are the cases a word-at-a-time count could get wrong.
                byte[] choices = {'\n', 0x0B, 0x09, (byte) 0x8A, (byte) 0xFF, 0, 'a'};
                bytes[i] = choices[random.nextInt(choices.length)];
                if (bytes[i] == '\n') {
                    expected++;
                }
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect(length + 3);
            buffer.position(3);
            buffer.put(bytes).position(3);

            assertThat(LoadClients.countNewlines(buffer))
                    .as("length %d", length)
                    .isEqualTo(expected);
            assertThat(buffer.hasRemaining()).isFalse();
        }
    }

    @Test
    void countsTheLinesOfARealBatch() {
        byte[] batch = "{\"type\":\"message\"}\n{\"type\":\"typing\"}\n\n".getBytes(StandardCharsets.UTF_8);
        assertThat(LoadClients.countNewlines(ByteBuffer.wrap(batch))).isEqualTo(3);
    }
}
