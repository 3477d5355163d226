package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets an answer, and everyone else carries on. */
class BadInputIT {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed json       | {\"user\":\"a\",}                        | malformed_json",
                "not an object        | [1,2,3]                                  | malformed_json",
                "unknown type         | {\"user\":\"a\",\"type\":\"dance\"}       | unknown_type",
                "missing field        | {\"type\":\"message\",\"user\":\"a\"}     | missing_field",
                "wrong-typed field    | {\"type\":\"salt\",\"user\":42}           | wrong_type",
                "stray word           | hello                                    | malformed_json",
                "bare number          | 42                                       | malformed_json",
                "bare string          | '\"salt {\"'                             | malformed_json",
                "broken object        | {\"user\":\"a\" \"type\":\"salt\"}        | malformed_json"
            })
    void answeredWithAnErrorAndTheConnectionStaysOpen(String name, String line, String code) throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient bystander = room.registered("bystander");
            TestClient c = room.connect();

            c.sendLine(line);

            assertThat(c.expect(ProtocolError.class).code()).isEqualTo(code);
            c.send(new SaltRequest("a"));
            c.expect(Salt.class);
            assertStillWorks(bystander);
        }
    }

    @Test
    void aTruncatedObjectIsAnsweredWhenTheNextOneStarts() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient c = room.connect();

            // Until more comes, "{"user":"a"," may be the first line of a pretty-printed object: no answer yet.
            c.sendLine("{\"user\":\"a\",");
            c.send(new SaltRequest("a"));

            assertThat(c.expect(ProtocolError.class).code()).isEqualTo(ErrorCode.MALFORMED_JSON.wireName());
            c.expect(Salt.class);
        }
    }

    @Test
    void emptyLinesAndSpacesBetweenMessagesAreNotAnswered() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient c = room.connect();

            c.sendBytes("\n\r\n   \n\t\n".getBytes(StandardCharsets.UTF_8));
            c.send(new SaltRequest("a"));

            c.expect(Salt.class);
        }
    }

    @Test
    void overLargeObjectIsAnsweredAndClosed() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.maxMessageBytes(1024).maxQueuedBytes(1 << 20))) {
            TestClient bystander = room.registered("bystander");
            TestClient c = room.connect();

            c.sendLine("{\"user\":\"a\",\"type\":\"message\",\"message\":\"" + "x".repeat(5000) + "\"}");

            assertClosedWith(c.awaitClosed(), ErrorCode.MESSAGE_TOO_LARGE);
            assertStillWorks(bystander);
        }
    }

    @Test
    void invalidUtf8IsAnsweredAndTheConnectionCarriesOn() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient bystander = room.registered("bystander");
            TestClient c = room.connect();

            c.sendBytes(new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}', '\n'});
            c.send(new SaltRequest("a"));

            assertThat(c.expect(ProtocolError.class).code()).isEqualTo(ErrorCode.INVALID_UTF8.wireName());
            c.expect(Salt.class);
            assertStillWorks(bystander);
        }
    }

    @Test
    void randomBytesEndInErrorsAndTheRoomCarriesOn() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient bystander = room.registered("bystander");
            TestClient c = room.connect();
            byte[] noise = new byte[64 * 1024];
            new Random(7).nextBytes(noise);

            c.sendBytes(noise);

            // Before login, a few errors are all the noise earns: the connection is closed after at most that many.
            List<ServerMessage> answers = c.awaitClosed();
            assertThat(answers)
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(ServerConfig.MAX_ERRORS_BEFORE_LOGIN)
                    .allSatisfy(a -> assertThat(a).isInstanceOf(ProtocolError.class));
            assertStillWorks(bystander);
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedWithoutSlowingTheRest() throws Exception {
        // Batches of 30,000-character messages as fast as the talker can: past the room's default message length
        // and flood control, which are not what this test is about.
        try (var room = TestRoom.start(
                dir,
                c -> c.maxMessageBytes(64 * 1024)
                        .maxQueuedBytes(1 << 20)
                        .maxMessageChars(64 * 1024)
                        .chatMessageBurst(10_000)
                        .chatMessagesPerSecond(10_000))) {
            TestClient talker = room.registered("talker");
            TestClient listener = room.registered("listener");
            talker.expect(new UserNotification("listener", true));
            String big = "y".repeat(30_000);
            int perBatch = 20;
            var listenerSaw = new ArrayList<ServerMessage>();
            // How long a batch takes from talker to listener in this room, on this machine, right now.
            var before = new ArrayList<Long>();
            for (int b = 0; b < 5; b++) {
                before.add(batch(talker, listener, "before " + b, big, perBatch, listenerSaw));
            }
            long baseline = median(before);

            TestClient sleeper = room.connectNonReading();
            sleeper.register("sleeper", "pw");
            // Paced so that the readers keep up; only the sleeper's backlog (far over 1 MiB + socket buffers) grows
            // until the room drops it. A room that waited on the sleeper, even a little for each line, would stretch
            // the batches sent while the sleeper's socket was full.
            int batches = 40;
            long worst = 0;
            listenerSaw.clear();
            for (int b = 0; b < batches; b++) {
                worst = Math.max(worst, batch(talker, listener, "during " + b, big, perBatch, listenerSaw));
            }

            assertThat(listenerSaw.stream()
                            .filter(ChatMessage.class::isInstance)
                            .count())
                    .isEqualTo((long) batches * perBatch);
            if (!listenerSaw.contains(new UserNotification("sleeper", false))) {
                listener.await(UserNotification.class, n -> n.equals(new UserNotification("sleeper", false)));
            }
            assertThat(room.server.onlineUsers())
                    .extracting(OnlineUser::username)
                    .containsExactlyInAnyOrder("talker", "listener");
            // Generous for a shared machine, yet far below what waiting on a full socket would cost.
            long bound = 10 * baseline + TimeUnit.MILLISECONDS.toNanos(500);
            assertThat(worst)
                    .as(
                            "slowest batch while the sleeper stalls, in ns (a batch took %d µs before it came)",
                            baseline / 1000)
                    .isLessThanOrEqualTo(bound);
        }
    }

    /**
     * Sends {@code n} long chat lines from talker and waits until the listener read them all; returns the nanoseconds
     * that took. What the listener read goes to {@code listenerSaw}; the talker's echoes are read after the clock.
     */
    private static long batch(
            TestClient talker, TestClient listener, String label, String text, int n, List<ServerMessage> listenerSaw)
            throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            talker.send(new SendMessage("talker", label + " " + i + text));
        }
        listenerSaw.addAll(chatsAndOthers(listener, n));
        long took = System.nanoTime() - start;
        chatsAndOthers(talker, n);
        return took;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Reads until {@code chats} chat messages came; returns everything read. */
    private static List<ServerMessage> chatsAndOthers(TestClient c, int chats) throws InterruptedException {
        var out = new ArrayList<ServerMessage>();
        int seen = 0;
        while (seen < chats) {
            ServerMessage m = c.next();
            out.add(m);
            if (m instanceof ChatMessage) {
                seen++;
            }
        }
        return out;
    }

    private static void assertClosedWith(List<ServerMessage> last, ErrorCode code) {
        assertThat(last)
                .singleElement()
                .isInstanceOfSatisfying(
                        ProtocolError.class, e -> assertThat(e.code()).isEqualTo(code.wireName()));
    }

    private static void assertStillWorks(TestClient bystander) throws Exception {
        bystander.send(new SendMessage("bystander", "still fine"));
        bystander.await(ChatMessage.class, m -> m.message().equals("still fine"));
    }
}
