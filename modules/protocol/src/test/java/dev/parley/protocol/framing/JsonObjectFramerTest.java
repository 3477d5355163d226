package dev.parley.protocol.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.protocol.message.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonObjectFramerTest {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String A = "{\"user\":\"a\",\"type\":\"salt\"}";
    private static final String B = "{\"user\":\"b\",\"type\":\"message\",\"message\":\"hi\"}";
    private static final String C =
            "{\"type\":\"userlist\",\"users\":[\"x\",\"y\"],\"n\":[1,-2.5e3,true,false,null,{}]}";

    // ---- what separates objects ----

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", " ", "", "\t \r\n\n  "})
    void objectsComeOutWhateverSeparatesThem(String separator) throws IOException {
        assertThat(objects(A + separator + B + separator + C + separator, 1000)).containsExactly(A, B, C);
    }

    @Test
    void leadingAndTrailingWhitespaceAndEmptyLinesAreNotMessages() throws IOException {
        assertThat(frames("\n\n   \r\n" + A + "\n\n\n", 1000)).containsExactly(A);
    }

    @Test
    void aPrettyPrintedObjectIsOneMessage() throws IOException {
        String pretty = "{\n  \"user\" : \"a\",\n  \"type\" : \"message\",\n  \"message\" : \"two\\nlines\",\n"
                + "  \"nested\" : {\n    \"list\" : [ 1, 2,\n 3 ]\n  }\n}";
        assertThat(objects(pretty + "\n" + A, 1000)).containsExactly(pretty, A);
    }

    @Test
    void bracesQuotesAndEscapesInsideStringsDoNotEndAnObject() throws IOException {
        String tricky =
                "{\"message\":\"} { ] [ \\\" \\\\\",\"b\":\"\\\\\",\"c\":\"\\\"}\",\"d\":\"line\\nbreak\\r\\n\","
                        + "\"e\":\"\\u007d\\/\",\"}\":\"{\"}";
        assertThat(JSON.readTree(tricky).isObject()).isTrue();
        assertThat(objects(tricky + tricky + "\n" + A, 1000)).containsExactly(tricky, tricky, A);
    }

    @Test
    void multiByteCharactersSurviveAnySplit() throws IOException {
        String text = "{\"m\":\"héllo wörld \uD83D\uDE00 \u4e2d\"}";
        var framer = new JsonObjectFramer(new Chunked(bytes(text.repeat(200)), 1), 1000, 3);
        for (int i = 0; i < 200; i++) {
            assertThat(asObject(framer.next())).isEqualTo(text);
        }
        assertThat(framer.next()).isNull();
    }

    // ---- split anywhere ----

    @Test
    void everySplitPointOfAStreamGivesTheSameObjects() throws IOException {
        String stream = A + B + "\r\n" + C + "\n  " + A;
        byte[] all = bytes(stream);
        for (int cut = 0; cut <= all.length; cut++) {
            for (int bufferBytes : new int[] {1, 5, 64, 4096}) {
                var in =
                        new Chunked(List.of(Arrays.copyOfRange(all, 0, cut), Arrays.copyOfRange(all, cut, all.length)));
                assertThat(readAll(new JsonObjectFramer(in, 1000, bufferBytes)))
                        .as("cut at %d, buffer %d", cut, bufferBytes)
                        .containsExactly(A, B, C, A);
            }
        }
    }

    @Test
    void everyPairOfSplitPointsGivesTheSameObjects() throws IOException {
        String stream = B + "\n" + C;
        byte[] all = bytes(stream);
        for (int first = 0; first <= all.length; first++) {
            for (int second = first; second <= all.length; second++) {
                var in = new Chunked(List.of(
                        Arrays.copyOfRange(all, 0, first),
                        Arrays.copyOfRange(all, first, second),
                        Arrays.copyOfRange(all, second, all.length)));
                assertThat(readAll(new JsonObjectFramer(in, 1000, 16))).containsExactly(B, C);
            }
        }
    }

    @Test
    void randomObjectsWithRandomSeparatorsInRandomPiecesAllComeOutIntact() throws IOException {
        var random = new Random(20261127);
        for (int round = 0; round < 300; round++) {
            var sent = new ArrayList<JsonNode>();
            var stream = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                ObjectNode object = randomObject(random, 0);
                sent.add(object);
                stream.append(
                        random.nextBoolean()
                                ? JSON.writeValueAsString(object)
                                : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(object));
                stream.append(List.of("", "\n", "\r\n", " ", "\n\n", "\t").get(random.nextInt(6)));
            }
            var framer = new JsonObjectFramer(
                    new Chunked(bytes(stream.toString()), random), 1 << 20, 1 + random.nextInt(300));
            var received = new ArrayList<JsonNode>();
            for (Frame f; (f = framer.next()) != null; ) {
                received.add(JSON.readTree(asObject(f)));
            }
            assertThat(received).as("round %d: %s", round, stream).isEqualTo(sent);
        }
    }

    // ---- bad input and finding our feet again ----

    @Test
    void aStrayWordIsOneErrorAndTheNextLineIsRead() throws IOException {
        assertThat(frames("hello world\n" + A + "\n", 1000)).containsExactly("malformed_json", A);
    }

    @Test
    void garbageBeforeAnObjectOnTheSameLineIsOneError() throws IOException {
        assertThat(frames("hello " + A + "\n", 1000)).containsExactly("malformed_json", A);
    }

    @Test
    void aBareArrayIsOneErrorEvenWithObjectsInside() throws IOException {
        assertThat(frames("[1,{\"type\":\"salt\",\"user\":\"a\"},[{}]]\n" + A, 1000))
                .containsExactly("malformed_json", A);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "-1.5", "true", "null", "\"salt\"", "\"a { b\"", "}", "]]", "{}}"})
    void otherTopLevelValuesAreErrors(String value) throws IOException {
        List<String> got = frames(value + "\n" + A + "\n", 1000);
        assertThat(got).last().isEqualTo(A);
        assertThat(got.subList(0, got.size() - 1))
                .isNotEmpty()
                .allMatch(f -> f.equals("malformed_json") || f.equals("{}"));
    }

    @Test
    void aTruncatedObjectFollowedByAGoodOneIsOneErrorThenTheGoodOne() throws IOException {
        assertThat(frames("{\"user\":\"a\",\n" + A + "\n", 1000)).containsExactly("malformed_json", A);
        assertThat(frames("{\"user\":\"a\"\n" + A + "\n", 1000)).containsExactly("malformed_json", A);
        assertThat(frames("{\"user\"\n" + A + "\n", 1000)).containsExactly("malformed_json", A);
    }

    @Test
    void aBrokenObjectIsOneErrorUpToItsEndOrItsLine() throws IOException {
        assertThat(frames("{\"a\":1 \"b\":{\"c\":2}}\n" + A, 1000)).containsExactly("malformed_json", A);
        assertThat(frames("{\"a\":1 \"b\":{\"c\":2}} " + A + "\n", 1000)).containsExactly("malformed_json", A);
        assertThat(frames("{\"a\":[1 2]}\n" + A, 1000)).containsExactly("malformed_json", A);
        assertThat(frames("{\"a\":}\n" + A, 1000)).containsExactly("malformed_json", A);
    }

    @Test
    void aRawLineBreakInsideAStringEndsTheBrokenObjectThere() throws IOException {
        List<String> got = frames("{\"a\":\"x\ny\"}\n" + A, 1000);
        assertThat(got).last().isEqualTo(A);
        assertThat(got.subList(0, got.size() - 1)).isNotEmpty().containsOnly("malformed_json");
    }

    @Test
    void aControlByteThenALineBreakResetsFromAnyState() throws IOException {
        // Whatever state noise leaves the framer in, "\u0001\n" brings it back: tests of random input rely on it.
        var random = new Random(11);
        for (int round = 0; round < 500; round++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            byte[] stream = concat(noise, bytes("\u0001\n" + A));
            List<String> got = readAll(new JsonObjectFramer(new Chunked(stream, random), 1 << 20, 64));
            assertThat(got).as("round %d", round).last().isEqualTo(A);
        }
    }

    @Test
    void theErrorSaysWhatWasExpected() throws IOException {
        var framer = framer("{\"user\" \"a\"}\n", 1000);
        assertThat(framer.next())
                .isInstanceOfSatisfying(
                        Frame.Malformed.class,
                        m -> assertThat(m.message()).contains("':'").contains("'\"'"));
        framer = framer("nope\n", 1000);
        assertThat(framer.next())
                .isInstanceOfSatisfying(
                        Frame.Malformed.class,
                        m -> assertThat(m.message()).contains("JSON object").contains("'n'"));
    }

    @Test
    void nestingIsLimitedLikeTheCodecDoes() throws IOException {
        String deep = "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}";
        String tooDeep = "{\"a\":" + "[".repeat(64) + "]".repeat(64) + "}";
        assertThat(frames(deep + "\n" + tooDeep + "\n" + A, 10_000)).containsExactly(deep, "malformed_json", A);
        String tooDeepObjects = "{\"a\":" + "{\"b\":".repeat(64) + "1" + "}".repeat(64) + "} " + A;
        assertThat(frames(tooDeepObjects, 10_000)).containsExactly("malformed_json", A);
    }

    @Test
    void theStreamEndingInsideAnObjectIsOneError() throws IOException {
        assertThat(frames(A + "{\"user\":\"a\",\"ty", 1000)).containsExactly(A, "malformed_json");
    }

    // ---- UTF-8 ----

    @Test
    void invalidUtf8IsAnErrorForThatObjectAndTheStreamGoesOn() throws IOException {
        byte[][] bad = {
            {(byte) 0xFF, (byte) 0xFE}, // never UTF-8
            {(byte) 0xC3}, // cut short
            {(byte) 0xC0, (byte) 0x80}, // overlong
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong
            {(byte) 0xF0, (byte) 0x8F, (byte) 0x98, (byte) 0x80}, // overlong, four bytes (which Jackson lets through)
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0x80}, // a continuation alone
        };
        for (byte[] b : bad) {
            byte[] stream = concat(bytes("{\"user\":\"a\",\"message\":\"x"), b, bytes("y\"}" + A + "\n" + B));
            for (int bufferBytes : new int[] {1, 2, 3, 1000}) {
                assertThat(readAll(new JsonObjectFramer(new Chunked(stream, 1000), 1000, bufferBytes)))
                        .as("%s, buffer %d", Arrays.toString(b), bufferBytes)
                        .containsExactly("invalid_utf8", A, B);
            }
        }
    }

    @Test
    void invalidUtf8InAFieldNameCounts() throws IOException {
        byte[] stream = concat(bytes("{\""), new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes("\":1}\n" + A));
        assertThat(readAll(framer(stream, 1000))).containsExactly("invalid_utf8", A);
    }

    @Test
    void everyValidCharacterPasses() throws IOException {
        var text = new StringBuilder();
        for (int cp = 0x20; cp <= 0x10FFFF; cp += cp < 0x800 ? 1 : 97) {
            if (cp != '"' && cp != '\\' && (cp < 0xD800 || cp > 0xDFFF)) {
                text.appendCodePoint(cp);
            }
        }
        text.appendCodePoint(0x10FFFF);
        String object = "{\"all\":\"" + text + "\"}";
        assertThat(objects(object + object, 1 << 20)).containsExactly(object, object);
    }

    // ---- size ----

    @Test
    void anObjectOfExactlyTheLimitPasses() throws IOException {
        String object = "{\"m\":\"" + "x".repeat(100 - 8) + "\"}";
        assertThat(bytes(object)).hasSize(100);
        assertThat(objects(object + "\n" + object, 100)).containsExactly(object, object);
    }

    @Test
    void anObjectOverTheLimitEndsTheStream() throws IOException {
        String object = "{\"m\":\"" + "x".repeat(100 - 7) + "\"}";
        for (int bufferBytes : new int[] {7, 64, 4096}) {
            var framer = new JsonObjectFramer(new Chunked(bytes(A + object), 1000), 100, bufferBytes);
            assertThat(asObject(framer.next())).isEqualTo(A);
            assertThatThrownBy(framer::next)
                    .isInstanceOfSatisfying(
                            FrameException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_TOO_LARGE));
        }
    }

    @Test
    void anEndlessObjectIsRefusedWithoutReadingItAll() {
        @SuppressWarnings("InputStreamSlowMultibyteRead") // slow is fine: the framer must stop it early anyway
        InputStream endless = new InputStream() {
            private boolean started;

            @Override
            public int read() {
                if (!started) {
                    started = true;
                    return '{';
                }
                return ' ';
            }
        };
        var framer = new JsonObjectFramer(endless, 1024, 64);
        assertThatThrownBy(framer::next).isInstanceOf(FrameException.class);
    }

    @Test
    void afterALargeObjectOnlyTheReadBufferIsKept() throws IOException {
        String large = "{\"m\":\"" + "x".repeat(200_000) + "\"}";
        var framer = new JsonObjectFramer(new Chunked(bytes(large + A + large), 2048), 1 << 20, 2048);
        assertThat(framer.retainedBytes()).isEqualTo(2048);

        assertThat(asObject(framer.next())).isEqualTo(large);
        assertThat(asObject(framer.next())).isEqualTo(A);
        assertThat(framer.retainedBytes()).isEqualTo(2048);
        assertThat(asObject(framer.next())).isEqualTo(large);
        assertThat(framer.next()).isNull();
        assertThat(framer.retainedBytes()).isEqualTo(2048);
    }

    @Test
    void linesJacksonReadsAsObjectsAreFramedExactly() throws IOException {
        // The framer agrees with Jackson on every object it would accept, and finds every such object.
        var random = new Random(5);
        String alphabet = "{}[]\":,\\ \nab01.-etrufnl";
        int agreed = 0;
        for (int round = 0; round < 20_000; round++) {
            var line = new StringBuilder("{");
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = line.toString();
            JsonNode parsed;
            try {
                parsed = JSON.readTree(text);
            } catch (IOException e) {
                continue;
            }
            if (parsed != null && parsed.isObject() && !text.contains("\n")) {
                agreed++;
                assertThat(frames(text + "\n" + A, 1000)).as(text).containsExactly(text.strip(), A);
            }
        }
        assertThat(agreed).isGreaterThan(20);
    }

    // ---- helpers ----

    private static ObjectNode randomObject(Random random, int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        int fields = random.nextInt(depth == 0 ? 6 : 3);
        for (int i = 0; i < fields; i++) {
            String name = randomText(random);
            switch (random.nextInt(depth < 4 ? 6 : 4)) {
                case 0 -> object.put(name, randomText(random));
                case 1 -> object.put(name, random.nextInt());
                case 2 -> object.put(name, random.nextBoolean());
                case 3 -> object.putNull(name);
                case 4 -> object.set(name, randomObject(random, depth + 1));
                default ->
                    object.putArray(name)
                            .add(randomText(random))
                            .add(randomObject(random, depth + 1))
                            .add(1.5);
            }
        }
        return object;
    }

    private static String randomText(Random random) {
        String pieces = "ab{}[]\"\\\n\t/:,é\u4e2d";
        var text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(20) == 0) {
                text.append("\uD83D\uDE00");
            } else {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
        }
        return text.toString();
    }

    /** The objects' text, failing on anything else. */
    private static List<String> objects(String stream, int max) throws IOException {
        var out = new ArrayList<String>();
        var framer = framer(stream, max);
        for (Frame f; (f = framer.next()) != null; ) {
            out.add(asObject(f));
        }
        return out;
    }

    /** Objects as their text, errors as their code. */
    private static List<String> frames(String stream, int max) throws IOException {
        return readAll(framer(stream, max));
    }

    private static List<String> readAll(JsonObjectFramer framer) throws IOException {
        var out = new ArrayList<String>();
        for (Frame f; (f = framer.next()) != null; ) {
            out.add(
                    switch (f) {
                        case Frame.JsonObject o ->
                            new String(o.bytes(), o.offset(), o.length(), StandardCharsets.UTF_8);
                        case Frame.Malformed m -> m.code().wireName();
                    });
        }
        return out;
    }

    private static JsonObjectFramer framer(String stream, int max) {
        return framer(bytes(stream), max);
    }

    private static JsonObjectFramer framer(byte[] stream, int max) {
        return new JsonObjectFramer(new Chunked(stream, 1 << 20), max, 8192);
    }

    private static String asObject(Frame f) {
        assertThat(f).isInstanceOf(Frame.JsonObject.class);
        var o = (Frame.JsonObject) f;
        return new String(o.bytes(), o.offset(), o.length(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** A stream that hands out its bytes in given pieces, as a socket does: one piece per read at most. */
    private static final class Chunked extends InputStream {
        private final List<byte[]> pieces = new ArrayList<>();
        private int piece;
        private int at;

        Chunked(List<byte[]> pieces) {
            this.pieces.addAll(pieces);
        }

        Chunked(byte[] all, int pieceBytes) {
            for (int i = 0; i < all.length; i += pieceBytes) {
                pieces.add(Arrays.copyOfRange(all, i, Math.min(all.length, i + pieceBytes)));
            }
        }

        Chunked(byte[] all, Random random) {
            int i = 0;
            while (i < all.length) {
                int n = 1 + random.nextInt(Math.min(all.length - i, 40));
                pieces.add(Arrays.copyOfRange(all, i, i + n));
                i += n;
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (piece < pieces.size() && at == pieces.get(piece).length) {
                piece++;
                at = 0;
            }
            if (piece == pieces.size()) {
                return -1;
            }
            byte[] current = pieces.get(piece);
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }
    }
}
