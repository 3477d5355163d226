package dev.parley.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import dev.parley.protocol.message.ClientRequest.GuestLogin;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.TypingRequest;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.LoginStatus;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.TypingNotice;
import dev.parley.protocol.message.ServerMessage.UserList;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of the original communications spec (docs/protocol.md starts from it), with its placeholders
 * filled in, parses into the right message and encodes back to equal JSON.
 */
class SpecExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MessageCodec codec = new MessageCodec();

    static Stream<Arguments> clientExamples() {
        return Stream.of(
                Arguments.of(
                        "{\"user\":\"alice\", \"type\":\"message\", \"message\":\"MESSAGE GOES HERE\"}",
                        new SendMessage("alice", "MESSAGE GOES HERE")),
                Arguments.of(
                        "{\"user\":\"alice\", \"type\":\"userlist\", \"onlinetype\":\"true\"}",
                        new UserListRequest("alice", true)),
                Arguments.of(
                        "{\"user\":\"alice\", \"type\":\"userlist\", \"onlinetype\":\"false\"}",
                        new UserListRequest("alice", false)),
                Arguments.of("{\"user\":\"alice\", \"type\":\"guest\"}", new GuestLogin("alice")),
                Arguments.of("{\"user\":\"alice\", \"type\":\"salt\"}", new SaltRequest("alice")),
                Arguments.of(
                        "{\"user\":\"alice\", \"type\":\"login\", \"password\":\"PASSWORD\"}",
                        new LoginRequest("alice", "PASSWORD")),
                Arguments.of("{\"user\":\"alice\", \"type\":\"register\"}", new RegisterRequest("alice")),
                Arguments.of("{\"user\":\"alice\", \"type\":\"disconnect\"}", new DisconnectRequest("alice")),
                Arguments.of(
                        "{\"user\":\"alice\", \"type\":\"typing\", \"status\":\"true\"}",
                        new TypingRequest("alice", true)),
                Arguments.of(
                        "{\"user\":\"alice\", \"type\":\"typing\", \"status\":\"false\"}",
                        new TypingRequest("alice", false)));
    }

    static Stream<Arguments> serverExamples() {
        return Stream.of(
                Arguments.of(
                        "{\"type\":\"message\", \"from\":\"alice\", \"message\":\"MESSAGE GOES HERE\"}",
                        new ChatMessage("alice", "MESSAGE GOES HERE")),
                Arguments.of(
                        "{\"type\": \"userlist\", \"users\": [\"USER1\", \"USER2\", \"USER3\"], \"onlinetype\": \"true\"}",
                        new UserList(List.of("USER1", "USER2", "USER3"), true)),
                Arguments.of(
                        "{\"type\":\"userlist\", \"users\":[\"USER1\", \"USER2\", \"USER3\"]}",
                        new UserList(List.of("USER1", "USER2", "USER3"), null)),
                Arguments.of(
                        "{\"type\":\"userlist\", \"users\":[\"USER1\", \"USER2\", \"USER3\"], \"onlinetype\":\"false\"}",
                        new UserList(List.of("USER1", "USER2", "USER3"), false)),
                Arguments.of(
                        "{\"type\":\"user_notification\", \"user\":\"alice\", \"status\":\"true\"}",
                        new UserNotification("alice", true)),
                Arguments.of(
                        "{\"type\":\"user_notification\", \"user\":\"alice\", \"status\":\"false\"}",
                        new UserNotification("alice", false)),
                Arguments.of("{\"type\":\"salt\", \"salt\":\"SALT\"}", new Salt("SALT")),
                Arguments.of("{\"type\":\"shutdown\"}", new Shutdown()),
                Arguments.of("{\"type\":\"outdated_client\", \"version\":\"1.2.3\"}", new OutdatedClient("1.2.3")),
                Arguments.of("{\"type\":\"username_taken\"}", new UsernameTaken()),
                Arguments.of(
                        "{\"type\":\"typing\", \"user\":\"alice\", \"status\":\"true\"}",
                        new TypingNotice("alice", true)),
                Arguments.of("{\"type\":\"login_status\", \"status\":\"false\"}", new LoginStatus(false)),
                Arguments.of(
                        "{\"type\":\"register_status\", \"status\":\"false\", \"additional_info\":\"ADDITIONAL INFO\"}",
                        new RegisterStatus(false, "ADDITIONAL INFO")),
                Arguments.of("{\"type\":\"login\", \"success\":\"true\"}", new LoginResult(true)),
                Arguments.of("{\"type\":\"login\", \"success\":\"false\"}", new LoginResult(false)),
                Arguments.of(
                        "{\"type\":\"username_register_status\", \"taken\":\"true\"}",
                        new UsernameRegisterStatus(true)),
                Arguments.of(
                        "{\"type\":\"username_register_status\", \"taken\":\"false\"}",
                        new UsernameRegisterStatus(false)),
                Arguments.of("{\"type\":\"banned\"}", new Banned()),
                Arguments.of("{\"type\":\"wrong_ip\"}", new WrongIp()));
    }

    @ParameterizedTest
    @MethodSource("clientExamples")
    void clientExampleParsesAndEncodesBack(String example, ClientRequest expected) throws Exception {
        InboundRequest in = decodeRequest(example);

        assertThat(in.request()).isEqualTo(expected);
        assertThat(tree(codec.encode(in.request(), null))).isEqualTo(JSON.readTree(example));
    }

    @ParameterizedTest
    @MethodSource("serverExamples")
    void serverExampleParsesAndEncodesBack(String example, ServerMessage expected) throws Exception {
        ServerMessage message = codec.decodeServerMessage(example);

        assertThat(message).isEqualTo(expected);
        assertThat(tree(codec.encode(message))).isEqualTo(JSON.readTree(example));
    }

    private static JsonNode tree(byte[] line) throws Exception {
        String text = new String(line, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").doesNotContain("\r");
        assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
        return JSON.readTree(text);
    }

    /** A request written as text, decoded from its UTF-8 bytes as the server decodes what it reads. */
    private InboundRequest decodeRequest(String json) throws ProtocolException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return codec.decodeRequest(bytes, 0, bytes.length);
    }
}
