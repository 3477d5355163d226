package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    @Test
    void assemblesLinesSplitAnywhereAcrossReads() throws IOException {
        byte[] bytes = "{\"type\":\"salt\",\"salt\":\"1\"}\r\n{\"type\":\"message\",\"message\":\"é\"}\n\n"
                .getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            var splitter = new LineSplitter(1024);
            List<String> lines = new ArrayList<>();
            splitter.feed(ByteBuffer.wrap(bytes, 0, cut), lines::add);
            splitter.feed(ByteBuffer.wrap(bytes, cut, bytes.length - cut), lines::add);

            assertThat(lines)
                    .as("cut at %d", cut)
                    .containsExactly(
                            "{\"type\":\"salt\",\"salt\":\"1\"}", "{\"type\":\"message\",\"message\":\"é\"}", "");
        }
    }

    @Test
    void keepsAPartialLineUntilItsNewlineArrives() throws IOException {
        var splitter = new LineSplitter(1024);
        List<String> lines = new ArrayList<>();

        splitter.feed(ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8)), lines::add);
        assertThat(lines).isEmpty();
        splitter.feed(ByteBuffer.wrap("def\nxy".getBytes(StandardCharsets.UTF_8)), lines::add);
        assertThat(lines).containsExactly("abcdef");
    }

    @Test
    void refusesALineOverTheLimit() {
        var splitter = new LineSplitter(8);

        assertThatThrownBy(() ->
                        splitter.feed(ByteBuffer.wrap("123456789\n".getBytes(StandardCharsets.UTF_8)), line -> {}))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("over 8 bytes");
    }
}
