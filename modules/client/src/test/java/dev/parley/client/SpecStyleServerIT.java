package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.UserList;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The client against a fake room written as the spec's Python server would be: objects with no newline between
 * them, split across writes wherever the network cuts them.
 */
class SpecStyleServerIT {

    private static final String HOST = InetAddress.getLoopbackAddress().getHostAddress();

    @Test
    void logsInAndHearsTheRoomWhenObjectsComeWithoutNewlinesInPieces() throws Exception {
        try (var fake = new FakeRoom()) {
            var hears = new RecordingListener();
            ParleyClient c = ParleyClient.connectPlain(HOST, fake.port());
            c.addListener(hears);

            var login = c.guest("gus");
            fake.awaitRequest("\"guest\"");
            String answer = "{\"type\":\"login\",\"success\":\"true\"}{\"type\":\"user_notification\",\"user\":\"gus\","
                    + "\"status\":\"true\"}{\"type\":\"message\",\"from\":\"ann\",\"message\":\"{not a new object}\"}";
            // Cut inside the first object, between the second and third, and inside a string.
            fake.writeInPieces(answer, 10, 56, 120);

            assertThat(login.get(10, TimeUnit.SECONDS)).isEqualTo(new AuthResult.LoggedIn("gus"));
            assertThat(hears.next()).isEqualTo(new UserNotification("gus", true));
            assertThat(hears.next()).isEqualTo(new ChatMessage("ann", "{not a new object}"));
            assertThat(c.isConnected()).isTrue();
        }
    }

    @Test
    void aCutUserListIsExposedWithItsTotalAndAMessageOfTheFullLimitIsAccepted() throws Exception {
        try (var fake = new FakeRoom()) {
            var hears = new RecordingListener();
            ParleyClient c = ParleyClient.connectPlain(HOST, fake.port());
            c.addListener(hears);
            var login = c.guest("gus");
            fake.awaitRequest("\"guest\"");
            fake.writeInPieces("{\"type\":\"login\",\"success\":\"true\"}");
            login.get(10, TimeUnit.SECONDS);

            var list = c.userList(false);
            fake.awaitRequest("\"userlist\"");
            // Spaced as Python's json.dumps writes it.
            fake.writeInPieces(
                    "{\"type\": \"userlist\", \"users\": [\"a\", \"b\"], \"onlinetype\": \"false\", "
                            + "\"truncated\": \"true\", \"total\": \"31000\"}",
                    30);
            assertThat(list.get(10, TimeUnit.SECONDS)).isEqualTo(new UserList(List.of("a", "b"), false, true, 31_000));

            String prefix = "{\"type\":\"message\",\"from\":\"ann\",\"message\":\"";
            String big = "x".repeat(MessageLimits.MAX_SERVER_MESSAGE_BYTES - prefix.length() - 2);
            fake.writeInPieces(prefix + big + "\"}", 100_000, 700_000);

            assertThat(hears.next()).isEqualTo(new ChatMessage("ann", big));
            assertThat(c.isConnected()).isTrue();
        }
    }

    @Test
    void aMessageOverTheLimitEndsTheSessionSayingWhy() throws Exception {
        try (var fake = new FakeRoom()) {
            var hears = new RecordingListener();
            ParleyClient c = ParleyClient.connectPlain(HOST, fake.port());
            c.addListener(hears);

            String prefix = "{\"type\":\"message\",\"from\":\"ann\",\"message\":\"";
            fake.writeInPieces(
                    prefix + "x".repeat(MessageLimits.MAX_SERVER_MESSAGE_BYTES - prefix.length() - 1) + "\"}");

            assertThat(hears.next())
                    .isInstanceOfSatisfying(
                            RecordingListener.Disconnected.class,
                            d -> assertThat(d.reason()).contains("larger than"));
        }
    }
}
