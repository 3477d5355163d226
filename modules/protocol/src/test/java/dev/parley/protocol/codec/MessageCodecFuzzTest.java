package dev.parley.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The codec fed arbitrary bytes (one object as the framer cut it, from a hostile client or room) and arbitrary text
 * to send. What it decodes, it encodes back to one line that the framer cuts out whole and that decodes to the same
 * message; what it refuses, it refuses with a {@link ProtocolException} of a documented code (docs/protocol.md,
 * Errors); text from anyone goes out as one valid line, never an exception; a user list cut to a size fits it.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the seed corpus in {@code MessageCodecFuzzTestInputs/} as regression
 * tests; see docs/security-testing.md for fuzzing.
 */
class MessageCodecFuzzTest {

    private static final Set<ErrorCode> DECODE_ERRORS = Set.of(
            ErrorCode.MALFORMED_JSON,
            ErrorCode.INVALID_UTF8,
            ErrorCode.MISSING_FIELD,
            ErrorCode.WRONG_TYPE,
            ErrorCode.UNKNOWN_TYPE,
            ErrorCode.INVALID_VERSION);

    private final MessageCodec codec = new MessageCodec();

    @FuzzTest(maxDuration = "30s")
    void decodesAnyBytes(byte[] input) throws IOException {
        try {
            InboundRequest in = codec.decodeRequest(input, 0, input.length);
            byte[] line = codec.encode(in.request(), in.clientVersion());
            assertThat(decodeRequest(oneFrame(line))).isEqualTo(in);
        } catch (ProtocolException e) {
            assertDocumented(e);
        }
        try {
            ServerMessage message = codec.decodeServerMessage(input, 0, input.length);
            byte[] line = codec.encode(message);
            assertThat(decodeServerMessage(oneFrame(line))).isEqualTo(message);
        } catch (ProtocolException e) {
            assertDocumented(e);
        }
    }

    /** Whatever a member writes (any UTF-16, lone surrogates too) is broadcast as one valid line. */
    @FuzzTest(maxDuration = "30s")
    void encodesAnyText(FuzzedDataProvider data) throws IOException {
        String from = text(data, 40);
        String message = text(data, 2000);

        var chat = new ServerMessage.ChatMessage(from, message);
        ServerMessage decoded = decodeServerMessage(oneFrame(codec.encode(chat)));
        assertThat(decoded).isInstanceOf(ServerMessage.ChatMessage.class);

        var request = new ClientRequest.SendMessage(from, message);
        InboundRequest back = decodeRequest(oneFrame(codec.encode(request, null)));
        assertThat(back.request()).isInstanceOf(ClientRequest.SendMessage.class);
        if (wellFormed(from) && wellFormed(message)) {
            assertThat(decoded).isEqualTo(chat);
            assertThat(back.request()).isEqualTo(request);
        }
    }

    /** {@link MessageCodec#userListWithin} keeps its promise: the answer fits, and holds the first names that fit. */
    @FuzzTest(maxDuration = "30s")
    void userListFitsItsBudget(FuzzedDataProvider data) throws IOException {
        int count = data.consumeInt(0, 200);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            users.add(text(data, 30));
        }
        Boolean online = data.consumeBoolean() ? null : data.consumeBoolean();
        int minimum = codec.encode(new ServerMessage.UserList(List.of(), online, true, users.size())).length;
        int maxBytes = data.consumeInt(minimum, minimum + 4000);

        ServerMessage.UserList list = codec.userListWithin(users, online, maxBytes);
        byte[] line = codec.encode(list);
        assertThat(line.length).isLessThanOrEqualTo(maxBytes);
        assertThat(list.users()).isEqualTo(users.subList(0, list.users().size()));
        assertThat(list.truncated()).isEqualTo(list.users().size() < users.size());
        oneFrame(line);
    }

    private static void assertDocumented(ProtocolException e) {
        assertThat(e.code()).isIn(DECODE_ERRORS);
        assertThat(e.getMessage()).isNotBlank();
    }

    /** The line ends in its only newline, and the framer cuts exactly one object out of it: the whole line. */
    private static Frame.JsonObject oneFrame(byte[] line) throws IOException {
        assertThat(line[line.length - 1]).isEqualTo((byte) '\n');
        for (int i = 0; i < line.length - 1; i++) {
            assertThat(line[i]).as("raw newline inside an encoded message").isNotEqualTo((byte) '\n');
        }
        var framer = new JsonObjectFramer(new ByteArrayInputStream(line), MessageLimits.MAX_SERVER_MESSAGE_BYTES);
        Frame frame = framer.next();
        assertThat(frame).isInstanceOf(Frame.JsonObject.class);
        var object = (Frame.JsonObject) frame;
        byte[] copy = Arrays.copyOfRange(object.bytes(), object.offset(), object.offset() + object.length());
        assertThat(copy.length).isEqualTo(line.length - 1);
        assertThat(framer.next()).isNull();
        return new Frame.JsonObject(copy, 0, copy.length);
    }

    private InboundRequest decodeRequest(Frame.JsonObject o) {
        try {
            return codec.decodeRequest(o.bytes(), o.offset(), o.length());
        } catch (ProtocolException e) {
            throw new AssertionError("an encoded request does not decode: " + e.getMessage(), e);
        }
    }

    private ServerMessage decodeServerMessage(Frame.JsonObject o) {
        try {
            return codec.decodeServerMessage(o.bytes(), o.offset(), o.length());
        } catch (ProtocolException e) {
            throw new AssertionError("an encoded message does not decode: " + e.getMessage(), e);
        }
    }

    /** Any UTF-16 text, control characters and unpaired surrogates included, which {@code consumeString} avoids. */
    private static String text(FuzzedDataProvider data, int maxChars) {
        int length = data.consumeInt(0, maxChars);
        var text = new StringBuilder(length);
        for (int i = 0; i < length && data.remainingBytes() > 0; i++) {
            text.append(data.consumeChar());
        }
        return text.toString();
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
