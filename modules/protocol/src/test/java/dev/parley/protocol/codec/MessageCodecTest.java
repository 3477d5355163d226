package dev.parley.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.TypingRequest;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.UserList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageCodecTest {

    private final MessageCodec codec = new MessageCodec();

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "\"TRUE\"", "\"True\"", "true"})
    void acceptsTrueInAnyCaseAndAsJsonBoolean(String value) throws Exception {
        var in = decodeRequest("{\"user\":\"a\",\"type\":\"typing\",\"status\":" + value + "}");
        assertThat(in.request()).isEqualTo(new TypingRequest("a", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"false\"", "\"FALSE\"", "\"False\"", "false"})
    void acceptsFalseInAnyCaseAndAsJsonBoolean(String value) throws Exception {
        var in = decodeRequest("{\"user\":\"a\",\"type\":\"userlist\",\"onlinetype\":" + value + "}");
        assertThat(in.request()).isEqualTo(new UserListRequest("a", false));
    }

    @Test
    void booleansGoOutAsTheSpecWritesThem() {
        String line = new String(codec.encode(new TypingRequest("a", true), null), StandardCharsets.UTF_8);
        assertThat(line).isEqualTo("{\"user\":\"a\",\"type\":\"typing\",\"status\":\"true\"}\n");
    }

    @Test
    void requestWithoutVersionIsLegacy() throws Exception {
        var in = decodeRequest("{\"user\":\"a\",\"type\":\"salt\"}");
        assertThat(in.clientVersion()).isEqualTo(ParleyVersion.LEGACY_CLIENT);
    }

    @Test
    void versionTravelsWithTheRequest() throws Exception {
        byte[] line = codec.encode(new SendMessage("a", "hi"), new ParleyVersion(1, 4, 2));
        var in = decodeRequest(new String(line, StandardCharsets.UTF_8));
        assertThat(in.clientVersion()).isEqualTo(new ParleyVersion(1, 4, 2));
        assertThat(in.request()).isEqualTo(new SendMessage("a", "hi"));
    }

    @Test
    void unicodeAndEscapesSurviveTheRoundTrip() throws Exception {
        var message = new ChatMessage("a", "héllo \"quoted\" \\ \n new line, emoji \uD83D\uDE00, tab\t");
        byte[] line = codec.encode(message);
        assertThat(new String(line, StandardCharsets.UTF_8)
                        .chars()
                        .filter(c -> c == '\n')
                        .count())
                .isEqualTo(1);
        assertThat(codec.decodeServerMessage(new String(line, StandardCharsets.UTF_8)))
                .isEqualTo(message);
    }

    @Test
    void charactersBeyondTheBasicPlaneGoOutAsTheirFourBytes() throws Exception {
        var message = new ChatMessage("a", "\uD83D\uDE00");
        byte[] line = codec.encode(message);

        assertThat(new String(line, StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"message\",\"from\":\"a\",\"message\":\"\uD83D\uDE00\"}\n");
        assertThat(line).hasSize(43 + 4); // not 43 + 12 for "\\uD83D\\uDE00"
        assertThat(codec.decodeServerMessage(line, 0, line.length)).isEqualTo(message);
    }

    @Test
    void aBroadcastIsNoLargerThanTheRequestItComesFrom() throws Exception {
        // Whatever escapes the client wrote, the server's copy of the text is at most as long.
        String text = "\\uD83D\\uDE00 \uD83D\uDE00 \\u0001 \\n \\/ \\\" é \\u00e9 \u4e2d";
        String request = "{\"user\":\"somebody\",\"type\":\"message\",\"message\":\"" + text + "\"}";
        byte[] in = request.getBytes(StandardCharsets.UTF_8);
        var chat = (SendMessage) codec.decodeRequest(in, 0, in.length).request();

        byte[] out = codec.encode(new ChatMessage("somebody", chat.message()));

        assertThat(out.length - 1).isLessThanOrEqualTo(in.length);
    }

    @Test
    void errorMessageRoundTrips() throws Exception {
        var error = new ProtocolError(ErrorCode.NOT_LOGGED_IN, "Log in first.");
        var decoded = codec.decodeServerMessage(new String(codec.encode(error), StandardCharsets.UTF_8));
        assertThat(decoded).isEqualTo(new ProtocolError("not_logged_in", "Log in first."));
        assertThat(((ProtocolError) decoded).is(ErrorCode.NOT_LOGGED_IN)).isTrue();
    }

    @Test
    void loginRefusalCarriesReasonAndAttemptsLeft() throws Exception {
        var refusal = LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2);
        String line = new String(codec.encode(refusal), StandardCharsets.UTF_8);
        assertThat(line)
                .isEqualTo(
                        "{\"type\":\"login\",\"success\":\"false\",\"reason\":\"wrong_credentials\",\"attempts_left\":\"2\"}\n");
        assertThat(codec.decodeServerMessage(line)).isEqualTo(refusal);
        assertThat(codec.decodeServerMessage("{\"type\":\"login\",\"success\":\"false\",\"attempts_left\":1}"))
                .isEqualTo(new LoginResult(false, null, 1));
        assertThatThrownBy(() -> codec.decodeServerMessage(
                        "{\"type\":\"login\",\"success\":\"false\",\"attempts_left\":\"many\"}"))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void malformedJson() {
        assertRejected("{\"user\":", ErrorCode.MALFORMED_JSON);
        assertRejected("not json", ErrorCode.MALFORMED_JSON);
        assertRejected("{\"type\":\"salt\",\"user\":\"a\"} trailing", ErrorCode.MALFORMED_JSON);
    }

    @Test
    void jsonThatIsNotAnObject() {
        assertRejected("[1,2]", ErrorCode.MALFORMED_JSON);
        // zero bytes that make Jackson read the rest as UTF-32 (found by MessageCodecFuzzTest)
        assertRejected("{\u0000\u0000\u0000\u0000\u0000\u0000\u0000\"type\":\"salt\"}", ErrorCode.MALFORMED_JSON);
        assertRejected("\"salt\"", ErrorCode.MALFORMED_JSON);
        assertRejected("42", ErrorCode.MALFORMED_JSON);
    }

    @Test
    void nothingAtAllIsMalformed() {
        assertRejected("", ErrorCode.MALFORMED_JSON);
        assertRejected("   ", ErrorCode.MALFORMED_JSON);
    }

    @Test
    void decodesAnObjectInTheMiddleOfABuffer() throws Exception {
        String request = "{\"user\":\"é\",\"type\":\"message\",\"message\":\"x\"}";
        byte[] around = ("garbage" + request + "{more").getBytes(StandardCharsets.UTF_8);
        int length = request.getBytes(StandardCharsets.UTF_8).length;

        assertThat(codec.decodeRequest(around, 7, length).request()).isEqualTo(new SendMessage("é", "x"));
    }

    @Test
    void aCutUserListSaysSoAndHowManyThereAre() throws Exception {
        var cut = new UserList(List.of("a", "b"), false, true, 31_000);
        String line = new String(codec.encode(cut), StandardCharsets.UTF_8);

        assertThat(line)
                .isEqualTo("{\"type\":\"userlist\",\"users\":[\"a\",\"b\"],\"onlinetype\":\"false\","
                        + "\"truncated\":\"true\",\"total\":\"31000\"}\n");
        assertThat(codec.decodeServerMessage(line)).isEqualTo(cut);
        assertThat(codec.decodeServerMessage("{\"type\":\"userlist\",\"users\":[]}"))
                .isEqualTo(new UserList(List.of(), null, false, null));
    }

    @Test
    void aUserListThatFitsIsSentWhole() {
        List<String> users = List.of("alice", "bob");

        assertThat(codec.userListWithin(users, true, 1000)).isEqualTo(new UserList(users, true));
    }

    @Test
    void aUserListTooLongIsCutToFitEvenWithTheWorstNames() {
        // Names that grow when written: quotes, backslashes, control characters, non-ASCII, emoji.
        var names = new ArrayList<String>();
        String[] awkward = {
            "\"q\"",
            "back\\slash",
            "ctl\u0001\u001f\n\t\b",
            "é".repeat(16),
            "\u4e2d".repeat(11),
            "\uD83D\uDE00".repeat(8),
            "x".repeat(32)
        };
        for (int i = 0; i < 5000; i++) {
            names.add(awkward[i % awkward.length] + i);
        }
        for (int limit : new int[] {200, 1000, 4096, 65_536, 100_000}) {
            UserList list = codec.userListWithin(names, false, limit);
            byte[] encoded = codec.encode(list);

            assertThat(encoded.length).as("limit %d", limit).isLessThanOrEqualTo(limit);
            assertThat(list.truncated()).isTrue();
            assertThat(list.total()).isEqualTo(5000);
            assertThat(list.users()).isEqualTo(names.subList(0, list.users().size()));
            // Not cut needlessly: one more name would not have fit by much.
            assertThat(encoded.length).as("limit %d", limit).isGreaterThan(limit - 60);
        }
    }

    @Test
    void unknownOrMissingType() {
        assertRejected("{\"user\":\"a\",\"type\":\"dance\"}", ErrorCode.UNKNOWN_TYPE);
        assertRejected("{\"user\":\"a\"}", ErrorCode.MISSING_FIELD);
        assertRejected("{\"user\":\"a\",\"type\":7}", ErrorCode.WRONG_TYPE);
    }

    @Test
    void missingField() {
        assertThatThrownBy(() -> decodeRequest("{\"type\":\"message\",\"user\":\"a\"}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD);
                    assertThat(e.getMessage()).contains("\"message\"");
                });
        assertRejected("{\"type\":\"salt\"}", ErrorCode.MISSING_FIELD);
        assertRejected("{\"type\":\"salt\",\"user\":null}", ErrorCode.MISSING_FIELD);
    }

    @Test
    void wrongTypedField() {
        assertRejected("{\"type\":\"message\",\"user\":\"a\",\"message\":5}", ErrorCode.WRONG_TYPE);
        assertRejected("{\"type\":\"message\",\"user\":[\"a\"],\"message\":\"x\"}", ErrorCode.WRONG_TYPE);
        assertRejected("{\"type\":\"typing\",\"user\":\"a\",\"status\":\"yes\"}", ErrorCode.WRONG_TYPE);
        assertRejected("{\"type\":\"typing\",\"user\":\"a\",\"status\":1}", ErrorCode.WRONG_TYPE);
    }

    @Test
    void badVersion() {
        assertRejected("{\"type\":\"salt\",\"user\":\"a\",\"version\":\"one\"}", ErrorCode.INVALID_VERSION);
        assertRejected("{\"type\":\"salt\",\"user\":\"a\",\"version\":1}", ErrorCode.INVALID_VERSION);
    }

    @Test
    void deeplyNestedInputIsRefusedNotOverflowed() {
        String deep = "{\"user\":\"a\",\"type\":\"salt\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertRejected(deep, ErrorCode.MALFORMED_JSON);
    }

    private void assertRejected(String line, ErrorCode code) {
        assertThatThrownBy(() -> decodeRequest(line)).isInstanceOfSatisfying(ProtocolException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    /** A request written as text, decoded from its UTF-8 bytes as the server decodes what it reads. */
    private InboundRequest decodeRequest(String json) throws ProtocolException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return codec.decodeRequest(bytes, 0, bytes.length);
    }
}
