package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connection that has not logged in gets small limits, so thousands of strangers cost the room little. */
class PreLoginLimitsIT {

    private static final String TEN_KB = "x".repeat(10_000);

    @TempDir
    Path dir;

    @Test
    void aLargeObjectBeforeLoginIsRefusedAndTheConnectionClosed() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient stranger = room.connect();

            stranger.sendLine("{\"type\":\"salt\",\"user\":\"" + TEN_KB + "\"}");

            List<ServerMessage> last = stranger.awaitClosed();
            assertThat(last)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_TOO_LARGE.wireName()));
        }
    }

    @Test
    void theSameSizeAfterLoginIsFine() throws Exception {
        // 10 KB of text is more than the room's default 4,000 characters; the byte size is what this is about.
        try (var room = TestRoom.start(dir, c -> c.maxMessageChars(20_000))) {
            TestClient alice = room.registered("alice");

            alice.send(new SendMessage("alice", TEN_KB));

            assertThat(alice.await(ChatMessage.class, m -> m.from().equals("alice"))
                            .message())
                    .isEqualTo(TEN_KB);
        }
    }

    @Test
    void repeatedErrorsBeforeLoginCloseTheConnection() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient stranger = room.connectNonReading();

            stranger.sendBytes("{}\n".repeat(200).getBytes(StandardCharsets.UTF_8));

            List<ServerMessage> before = stranger.awaitClosed();
            assertThat(before)
                    .hasSize(ServerConfig.MAX_ERRORS_BEFORE_LOGIN)
                    .allSatisfy(m -> assertThat(m).isInstanceOf(ProtocolError.class));
            TestClient next = room.registered("next");
            assertThat(next).isNotNull();
        }
    }
}
