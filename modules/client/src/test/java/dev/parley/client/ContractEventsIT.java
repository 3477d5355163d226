package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fake room speaks the messages beyond the spec (docs/protocol.md: room, history, a chat line's time, the ban's
 * reason and end, the kick's reason, removed); the client reads each, and a room that says none of them still works.
 */
class ContractEventsIT {

    private static final String HOST = InetAddress.getLoopbackAddress().getHostAddress();

    /** Everything a listener hears, with the details. */
    static final class Recorder implements ClientListener {
        final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();

        record Heard(ServerMessage message, MessageDetails details) {}

        record History(List<ChatLine> lines) {}

        @Override
        public void onMessage(ServerMessage message) {
            throw new AssertionError("the two-argument onMessage is overridden");
        }

        @Override
        public void onMessage(ServerMessage message, MessageDetails details) {
            heard.add(new Heard(message, details));
        }

        @Override
        public void onHistory(List<ChatLine> lines) {
            heard.add(new History(lines));
        }

        @Override
        public void onDisconnected(String reason) {
            heard.add("disconnected");
        }

        Object next() throws InterruptedException {
            Object item = heard.poll(10, TimeUnit.SECONDS);
            assertThat(item).as("heard something within 10 s").isNotNull();
            return item;
        }
    }

    @Test
    void theRoomMessageHistoryAndTimesReachAListenerAttachedAfterLogin() throws Exception {
        try (var room = new FakeRoom();
                var client = ParleyClient.connectPlain(HOST, room.port())) {
            var login = client.guest("amy");
            room.awaitRequest("\"guest\"");
            room.write("{\"type\":\"login\",\"success\":\"true\"}\n"
                    + "{\"type\":\"room\",\"name\":\"Book club\",\"version\":\"1.4.0\",\"max_message_chars\":\"500\","
                    + "\"history\":\"200\",\"tls\":\"false\"}\n"
                    + "{\"type\":\"history\",\"messages\":[{\"from\":\"bob\",\"message\":\"first\","
                    + "\"time\":\"2026-11-27T05:31:02Z\"},{\"from\":\"cat\",\"message\":\"second\"},"
                    + "{\"from\":\"broken\"}]}\n"
                    + "{\"type\":\"message\",\"from\":\"bob\",\"message\":\"now\",\"time\":\"2026-11-27T06:00:00Z\"}\n"
                    + "{\"type\":\"user_notification\",\"user\":\"dan\",\"status\":\"false\",\"removed\":\"kicked\"}\n"
                    + "{\"type\":\"user_notification\",\"user\":\"eve\",\"status\":\"false\"}\n"
                    + "{\"type\":\"error\",\"code\":\"kicked\",\"message\":\"bye\",\"reason\":\"Spamming links\"}\n");
            assertThat(login.get(10, TimeUnit.SECONDS)).isEqualTo(new AuthResult.LoggedIn("amy"));
            awaitRoomInfo(client);

            var hears = new Recorder();
            client.addListener(hears);

            assertThat(client.room()).isEqualTo(new RoomInfo("Book club", "1.4.0", 500, 200, false));
            assertThat(client.limits()).isEqualTo(new RoomLimits(500));
            assertThat(hears.next())
                    .isEqualTo(new Recorder.History(List.of(
                            new ChatLine("bob", "first", Instant.parse("2026-11-27T05:31:02Z")),
                            new ChatLine("cat", "second", null))));
            assertThat(hears.next())
                    .isEqualTo(new Recorder.Heard(
                            new ChatMessage("bob", "now", Instant.parse("2026-11-27T06:00:00Z")),
                            new MessageDetails(Instant.parse("2026-11-27T06:00:00Z"), null, null, null)));
            var removed = (Recorder.Heard) hears.next();
            assertThat(removed.message()).isEqualTo(new UserNotification("dan", false, "kicked"));
            assertThat(removed.details().removedByHost()).isTrue();
            var left = (Recorder.Heard) hears.next();
            assertThat(left.details().removedByHost()).isFalse();
            var kicked = (Recorder.Heard) hears.next();
            assertThat(kicked.message()).isEqualTo(new ProtocolError("kicked", "bye", "Spamming links"));
            assertThat(kicked.details().reason()).isEqualTo("Spamming links");
        }
    }

    @Test
    void aBanSaysWhyAndUntilWhen() throws Exception {
        try (var room = new FakeRoom();
                var client = ParleyClient.connectPlain(HOST, room.port())) {
            var hears = new Recorder();
            client.addListener(hears);
            room.write("{\"type\":\"banned\",\"reason\":\"Rude\",\"until\":\"2026-11-28T05:31:02Z\"}\n");

            var banned = (Recorder.Heard) hears.next();
            assertThat(banned.message()).isEqualTo(new Banned("Rude", Instant.parse("2026-11-28T05:31:02Z")));
            assertThat(banned.details())
                    .isEqualTo(new MessageDetails(null, "Rude", Instant.parse("2026-11-28T05:31:02Z"), null));
        }
    }

    @Test
    void aRoomThatSaysNothingBeyondTheSpecLeavesTheDefaultsAndNoTimes() throws Exception {
        try (var room = new FakeRoom();
                var client = ParleyClient.connectPlain(HOST, room.port())) {
            var hears = new Recorder();
            client.addListener(hears);
            room.write("{\"type\":\"room\",\"name\":7,\"history\":\"lots\",\"max_message_chars\":\"-3\"}\n"
                    + "{\"type\":\"message\",\"from\":\"bob\",\"message\":\"hi\",\"time\":\"yesterday\"}\n");

            assertThat(hears.next()).isEqualTo(new Recorder.Heard(new ChatMessage("bob", "hi"), MessageDetails.NONE));
            assertThat(client.room()).isEqualTo(RoomInfo.DEFAULT);
        }
    }

    private static void awaitRoomInfo(ParleyClient client) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (client.room().equals(RoomInfo.DEFAULT) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
