package dev.parley.protocol.framing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.message.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The framer fed arbitrary bytes (a hostile client's stream). Beyond "no unexpected exception": every object it
 * cuts out is a slice of the input, in order, braces included, within the limit; everything else comes out as a
 * {@link Frame.Malformed} or ends the stream with a {@link FrameException} of the documented kinds; how the bytes
 * arrive (all at once, byte by byte, split anywhere) never changes what comes out; and an input that is one JSON
 * object by Jackson's reading comes out as exactly that object.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the seed corpus in {@code JsonObjectFramerFuzzTestInputs/} as regression
 * tests; see docs/security-testing.md for fuzzing.
 */
class JsonObjectFramerFuzzTest {

    private static final Set<ErrorCode> MALFORMED_CODES = Set.of(ErrorCode.MALFORMED_JSON, ErrorCode.INVALID_UTF8);
    private static final ObjectMapper JACKSON = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MessageLimits.MAX_NESTING_DEPTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @FuzzTest(maxDuration = "30s")
    void framesAnyBytes(byte[] input) throws IOException {
        for (int limit : new int[] {64, 1 << 16}) {
            List<String> whole = events(input, limit, 8192, new int[] {Integer.MAX_VALUE});
            assertSlicesInOrder(input, whole, limit);

            List<String> byteByByte = events(input, limit, 1, new int[] {1});
            int split = input.length == 0 ? 0 : Math.floorMod(Arrays.hashCode(input), input.length);
            List<String> splitOnce = events(input, limit, 8192, new int[] {split, Integer.MAX_VALUE});
            List<String> ragged = events(input, limit, 7, new int[] {3, 1, 5, 2, 7});

            assertSameUpToTheLimit(whole, byteByByte);
            assertSameUpToTheLimit(whole, splitOnce);
            assertSameUpToTheLimit(whole, ragged);
        }
        assertOneJacksonObjectIsOneFrame(input);
    }

    /** What the framer makes of {@code input} arriving in reads of the given sizes (repeated), as comparable text. */
    private static List<String> events(byte[] input, int limit, int bufferBytes, int[] readSizes) throws IOException {
        var framer = new JsonObjectFramer(new ChunkedStream(input, readSizes), limit, bufferBytes);
        List<String> events = new ArrayList<>();
        try {
            Frame frame;
            while ((frame = framer.next()) != null) {
                switch (frame) {
                    case Frame.JsonObject o -> {
                        assertThat(o.length()).as("object size").isBetween(2, limit);
                        events.add(
                                "object " + HexFormat.of().formatHex(o.bytes(), o.offset(), o.offset() + o.length()));
                    }
                    case Frame.Malformed m -> {
                        assertThat(m.code()).isIn(MALFORMED_CODES);
                        assertThat(m.message()).isNotBlank();
                        events.add("malformed " + m.code());
                    }
                }
                assertThat(events.size()).as("at most one frame per input byte").isLessThanOrEqualTo(input.length);
            }
            events.add("end");
        } catch (FrameException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_TOO_LARGE);
            events.add("too large");
        }
        return events;
    }

    /** Objects are the input's own bytes, in order, without overlapping: the framer invents and reorders nothing. */
    private static void assertSlicesInOrder(byte[] input, List<String> events, int limit) {
        int from = 0;
        for (String event : events) {
            if (event.startsWith("object ")) {
                byte[] object = HexFormat.of().parseHex(event.substring("object ".length()));
                assertThat(object[0]).isEqualTo((byte) '{');
                assertThat(object[object.length - 1]).isEqualTo((byte) '}');
                assertThat(object.length).isLessThanOrEqualTo(limit);
                int at = indexOf(input, object, from);
                assertThat(at)
                        .as("object found in the input after the previous one")
                        .isNotNegative();
                from = at + object.length;
            }
        }
    }

    /**
     * Reads that split an object may find it too large before its end, where reading it whole would have found it
     * broken first: that only decides which error ends the stream. Up to there, the frames must be the same.
     */
    private static void assertSameUpToTheLimit(List<String> expected, List<String> actual) {
        if (expected.getLast().equals("too large") || actual.getLast().equals("too large")) {
            int common = Math.min(expected.size(), actual.size()) - 1;
            assertThat(actual.subList(0, common)).isEqualTo(expected.subList(0, common));
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    private static boolean isUtf8(byte[] input) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(input));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void assertOneJacksonObjectIsOneFrame(byte[] input) throws IOException {
        int first = 0;
        while (first < input.length && isWhitespace(input[first])) {
            first++;
        }
        if (first == input.length || input[first] != '{') {
            return; // Jackson skips a byte-order mark; the wire has none
        }
        JsonNode node;
        try {
            node = JACKSON.readTree(input);
        } catch (IOException e) {
            return; // not JSON, or (Jackson guessing UTF-16 or UTF-32 from zero bytes) not in an encoding it can read
        }
        if (node == null || !node.isObject()) {
            return;
        }
        if (!isUtf8(input)) {
            // Jackson lets overlong forms through (F0 8F 98 80); the framer refuses them, as RFC 3629 says it must
            return;
        }
        int last = input.length - 1;
        while (isWhitespace(input[last])) {
            last--;
        }
        byte[] object = Arrays.copyOfRange(input, first, last + 1);
        assertThat(events(input, MessageLimits.MAX_CLIENT_MESSAGE_BYTES, 8192, new int[] {Integer.MAX_VALUE}))
                .as("one object by Jackson's reading")
                .containsExactly("object " + HexFormat.of().formatHex(object), "end");
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Hands out its bytes in reads of the given sizes, in turn, the last size repeating. */
    private static final class ChunkedStream extends InputStream {
        private final byte[] bytes;
        private final int[] sizes;
        private int position;
        private int reads;

        ChunkedStream(byte[] bytes, int[] sizes) {
            this.bytes = bytes;
            this.sizes = sizes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == bytes.length) {
                return -1;
            }
            int size = sizes[Math.min(reads++, sizes.length - 1)];
            int n = Math.min(Math.min(len, Math.max(1, size)), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
