package dev.parley.protocol.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.message.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFramerTest {

    @Test
    void splitsLinesAndDropsCarriageReturns() throws IOException {
        assertThat(readAll("one\ntwo\r\nthree\n", 100)).containsExactly("one", "two", "three");
    }

    @Test
    void keepsEmptyLinesSoTheyCanBeAnswered() throws IOException {
        assertThat(readAll("\n\r\nx\n", 100)).containsExactly("", "", "x");
    }

    @Test
    void lastLineWithoutNewlineCounts() throws IOException {
        assertThat(readAll("a\nb", 100)).containsExactly("a", "b");
    }

    @Test
    void linesSplitAcrossReadsAndMultiByteCharactersSurvive() throws IOException {
        String text = "héllo wörld \uD83D\uDE00\n".repeat(2000);
        var in = new OneByteAtATime(text.getBytes(StandardCharsets.UTF_8));
        var framer = new LineFramer(in, 100);
        for (int i = 0; i < 2000; i++) {
            assertThat(framer.readLine()).isEqualTo("héllo wörld \uD83D\uDE00");
        }
        assertThat(framer.readLine()).isNull();
    }

    @Test
    void aReadBufferSmallerThanTheLinesStillYieldsWholeLines() throws IOException {
        String line = "é".repeat(40) + "x";
        var framer = new LineFramer(new ByteArrayInputStream((line + "\r\n" + line + "\n").getBytes(StandardCharsets.UTF_8)),
                200, 7);
        assertThat(framer.readLine()).isEqualTo(line);
        assertThat(framer.readLine()).isEqualTo(line);
        assertThat(framer.readLine()).isNull();
    }

    @Test
    void lineOfExactlyTheLimitPassesWithEitherEnding() throws IOException {
        String line = "x".repeat(64);
        assertThat(readAll(line + "\n" + line + "\r\n", 64)).containsExactly(line, line);
    }

    @Test
    void lineOverTheLimitIsRefused() {
        String line = "x".repeat(65) + "\n";
        assertThatThrownBy(() -> readAll(line, 64))
                .isInstanceOfSatisfying(FrameException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LINE_TOO_LONG));
    }

    @Test
    void endlessLineIsRefusedWithoutReadingItAll() {
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'x';
            }
        };
        var framer = new LineFramer(endless, 1024);
        assertThatThrownBy(framer::readLine).isInstanceOf(FrameException.class);
        assertThat(endless.served).isLessThan(20_000);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] bytes = {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'};
        var framer = new LineFramer(new ByteArrayInputStream(bytes), 100);
        assertThatThrownBy(framer::readLine)
                .isInstanceOfSatisfying(FrameException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_UTF8));
    }

    @Test
    void endOfStreamIsNull() throws IOException {
        assertThat(new LineFramer(new ByteArrayInputStream(new byte[0]), 10).readLine()).isNull();
    }

    private static List<String> readAll(String text, int max) throws IOException {
        var framer = new LineFramer(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        var lines = new ArrayList<String>();
        String line;
        while ((line = framer.readLine()) != null) {
            lines.add(line);
        }
        return lines;
    }

    /** Hands out one byte per read, the worst case for a framer's buffering. */
    private static final class OneByteAtATime extends InputStream {
        private final byte[] bytes;
        private int pos;

        OneByteAtATime(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            b[off] = bytes[pos++];
            return 1;
        }
    }
}
