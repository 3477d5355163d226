package dev.parley.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ClientRequest.OwnerLoginRequest;
import dev.parley.protocol.message.ClientRequest.RoomInfoRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RoomInfo;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The messages and fields beyond the spec, as docs/protocol.md writes them, read and written back unchanged. */
class ContractExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T1 = Instant.parse("2026-11-27T05:31:02Z");
    private static final Instant T2 = Instant.parse("2026-11-27T05:31:09Z");
    private final MessageCodec codec = new MessageCodec();

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(
                        "{\"type\":\"room\",\"name\":\"Parley room\",\"version\":\"1.4.0\","
                                + "\"max_message_chars\":\"4000\",\"history\":\"200\",\"tls\":\"true\"}",
                        new RoomInfo("Parley room", "1.4.0", 4000, 200, true)),
                Arguments.of(
                        "{\"type\":\"room\",\"name\":\"Attic\",\"version\":\"1.4.0\","
                                + "\"max_message_chars\":\"500\",\"history\":\"0\",\"tls\":\"false\"}",
                        new RoomInfo("Attic", "1.4.0", 500, 0, false)),
                Arguments.of("{\"type\":\"room\",\"max_message_chars\":\"4000\"}", new RoomInfo(4000)),
                Arguments.of(
                        "{\"type\":\"room\",\"name\":\"Attic\",\"version\":\"1.4.0\","
                                + "\"max_message_chars\":\"4000\",\"history\":\"200\",\"tls\":\"true\",\"owner\":\"alice\"}",
                        new RoomInfo("Attic", "1.4.0", 4000, 200, true, "alice")),
                Arguments.of(
                        "{\"type\":\"history\",\"messages\":[{\"from\":\"alice\",\"message\":\"hi\","
                                + "\"time\":\"2026-11-27T05:31:02Z\"},{\"from\":\"bob\",\"message\":\"hello\","
                                + "\"time\":\"2026-11-27T05:31:09Z\"}]}",
                        new History(List.of(new ChatMessage("alice", "hi", T1), new ChatMessage("bob", "hello", T2)))),
                Arguments.of("{\"type\":\"history\",\"messages\":[]}", new History(List.of())),
                Arguments.of(
                        "{\"type\":\"message\",\"from\":\"alice\",\"message\":\"hi\",\"time\":\"2026-11-27T05:31:02Z\"}",
                        new ChatMessage("alice", "hi", T1)),
                Arguments.of(
                        "{\"type\":\"banned\",\"reason\":\"spam\",\"until\":\"2026-11-28T05:31:02Z\"}",
                        new Banned("spam", Instant.parse("2026-11-28T05:31:02Z"))),
                Arguments.of("{\"type\":\"banned\",\"reason\":\"spam\"}", new Banned("spam", null)),
                Arguments.of(
                        "{\"type\":\"error\",\"code\":\"kicked\",\"message\":\"The host removed you from the members.\","
                                + "\"reason\":\"spamming\"}",
                        new ProtocolError("kicked", "The host removed you from the members.", "spamming")),
                Arguments.of(
                        "{\"type\":\"user_notification\",\"user\":\"bob\",\"status\":\"false\",\"removed\":\"kicked\"}",
                        new UserNotification("bob", false, UserNotification.KICKED)),
                Arguments.of(
                        "{\"type\":\"user_notification\",\"user\":\"bob\",\"status\":\"false\",\"removed\":\"banned\"}",
                        new UserNotification("bob", false, UserNotification.BANNED)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleParsesAndEncodesBack(String example, ServerMessage expected) throws Exception {
        ServerMessage message = codec.decodeServerMessage(example);

        assertThat(message).isEqualTo(expected);
        assertThat(tree(codec.encode(message))).isEqualTo(JSON.readTree(example));
    }

    @Test
    void ownerLoginReadsAndWritesAsTheContractSays() throws Exception {
        String token = "0123456789abcdef".repeat(4);
        String example =
                "{\"user\":\"alice\",\"type\":\"owner_login\",\"token\":\"" + token + "\",\"version\":\"1.4.0\"}";

        var in = codec.decodeRequest(example.getBytes(StandardCharsets.UTF_8), 0, example.length());

        assertThat(in.request()).isEqualTo(new OwnerLoginRequest("alice", token));
        assertThat(tree(codec.encode(in.request(), new ParleyVersion(1, 4, 0)))).isEqualTo(JSON.readTree(example));
        assertThat(in.request().toString()).doesNotContain(token);
    }

    @Test
    void anOwnerLoginWithoutATokenIsRefused() {
        String line = "{\"user\":\"alice\",\"type\":\"owner_login\"}";
        assertThatThrownBy(() -> codec.decodeRequest(line.getBytes(StandardCharsets.UTF_8), 0, line.length()))
                .isInstanceOfSatisfying(
                        ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD));
    }

    @Test
    void aBlankOwnerIsNoOwner() throws Exception {
        assertThat(codec.decodeServerMessage("{\"type\":\"room\",\"owner\":\" \"}"))
                .isEqualTo(new RoomInfo(null, null, 4000, null, null, null));
    }

    @Test
    void roomInfoRequestIsWrittenAsTheContractShowsIt() throws Exception {
        byte[] line = codec.encode(new RoomInfoRequest(), ParleyVersion.parse("1.4.0"));

        assertThat(tree(line)).isEqualTo(JSON.readTree("{\"user\":\"\",\"type\":\"room_info\",\"version\":\"1.4.0\"}"));
        assertThat(decodeRequest(text(line)).request()).isEqualTo(new RoomInfoRequest(""));
    }

    @Test
    void roomInfoRequestNeedsNoUser() throws Exception {
        assertThat(decodeRequest("{\"type\":\"room_info\"}").request()).isEqualTo(new RoomInfoRequest(""));
        assertThat(decodeRequest("{\"type\":\"room_info\",\"user\":\"ann\"}").request())
                .isEqualTo(new RoomInfoRequest("ann"));
        assertThatThrownBy(() -> decodeRequest("{\"type\":\"room_info\",\"user\":7}"))
                .isInstanceOfSatisfying(
                        ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.WRONG_TYPE));
    }

    @Test
    void timesGoOutInWholeSecondsUtc() {
        var line = text(codec.encode(new ChatMessage("a", "b", Instant.parse("2026-11-27T05:31:02.987654Z"))));
        assertThat(line).contains("\"time\":\"2026-11-27T05:31:02Z\"");
    }

    @Test
    void anUnreadableTimeIsLeftOutNotRefused() throws Exception {
        assertThat(codec.decodeServerMessage(
                        "{\"type\":\"message\",\"from\":\"a\",\"message\":\"b\",\"time\":\"soon\"}"))
                .isEqualTo(new ChatMessage("a", "b"));
        assertThat(codec.decodeServerMessage("{\"type\":\"banned\",\"until\":\"someday\"}"))
                .isEqualTo(new Banned());
    }

    @Test
    void aBlankReasonIsNoReason() {
        assertThat(text(codec.encode(new Banned(" ", null)))).isEqualTo("{\"type\":\"banned\"}\n");
        assertThat(text(codec.encode(new ProtocolError("kicked", "m", ""))))
                .isEqualTo("{\"type\":\"error\",\"code\":\"kicked\",\"message\":\"m\"}\n");
    }

    @Test
    void aNegativeHistorySizeIsTakenAsNoneSaid() throws Exception {
        assertThat(codec.decodeServerMessage("{\"type\":\"room\",\"history\":\"-3\"}"))
                .isEqualTo(new RoomInfo(null, null, 4000, null, null));
    }

    @Test
    void historyEntriesMustBeObjects() {
        assertThatThrownBy(() -> codec.decodeServerMessage("{\"type\":\"history\",\"messages\":[\"hi\"]}"))
                .isInstanceOfSatisfying(
                        ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.WRONG_TYPE));
        assertThatThrownBy(() -> codec.decodeServerMessage("{\"type\":\"history\"}"))
                .isInstanceOfSatisfying(
                        ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD));
        assertThatThrownBy(() -> codec.decodeServerMessage("{\"type\":\"history\",\"messages\":[{\"from\":\"a\"}]}"))
                .isInstanceOf(ProtocolException.class);
    }

    private InboundRequest decodeRequest(String json) throws ProtocolException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return codec.decodeRequest(bytes, 0, bytes.length);
    }

    private static String text(byte[] line) {
        return new String(line, StandardCharsets.UTF_8);
    }

    private static JsonNode tree(byte[] line) throws Exception {
        String text = text(line);
        assertThat(text).endsWith("\n");
        assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
        return JSON.readTree(text);
    }
}
