package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One member sends 4,000-character messages as fast as it can, and logs in again each time it is closed, while
 * another chats at an honest pace. The others, one of them reading at 1 MB/s, get the honest messages in order and
 * on time and are never dropped; the flooder is refused and closed, and gets only its budget through.
 */
class FloodIT {

    private static final int HONEST_MESSAGES = 16;
    private static final Duration HONEST_PACE = Duration.ofMillis(250);
    /** Generous for a shared 2-core machine; without the limits the slow reader is dropped within a second. */
    private static final Duration MAX_DELAY = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private record Seen(ChatMessage message, long atNanos) {}

    @Test
    void theFlooderIsLimitedNotTheRoom() throws Exception {
        // The room's own default for new connections: the flooder's reconnecting meets it too.
        try (var room = TestRoom.start(dir, c -> c.newConnectionBurstPerAddress(20))) {
            TestClient amy = room.registered("amy");
            TestClient carl = room.connectFrom("127.0.0.3");
            carl.register("carl", "pw-carl");
            TestClient bob = room.connectNonReading();
            bob.register("bob", "pw-bob");
            try (TestClient first = room.connectFrom("127.0.0.2")) {
                first.register("flooder", "pw-flooder");
            }

            var stop = new AtomicBoolean();
            var carlSaw = new CopyOnWriteArrayList<Seen>();
            var bobSaw = new CopyOnWriteArrayList<Seen>();
            var bobClosed = new AtomicBoolean();
            Thread carlReader = Thread.ofPlatform().start(() -> collect(carl, carlSaw, stop, null, 0));
            // 1 MB/s: the pace of a slow Wi-Fi link, the readers a flood used to get dropped.
            Thread bobReader = Thread.ofPlatform().start(() -> collect(bob, bobSaw, stop, bobClosed, 1));

            var sent = new AtomicInteger();
            var sessions = new AtomicInteger();
            var refusals = new CopyOnWriteArrayList<String>();
            long floodStart = System.nanoTime();
            Thread flooder = Thread.ofPlatform().start(() -> flood(room, stop, sent, sessions, refusals));

            for (int i = 0; i < HONEST_MESSAGES; i++) {
                amy.send(new SendMessage("amy", "amy #" + i + " at " + System.nanoTime()));
                Thread.sleep(HONEST_PACE);
            }
            awaitAll(carlSaw);
            awaitAll(bobSaw);
            stop.set(true);
            double floodSeconds = (System.nanoTime() - floodStart) / 1e9;
            boolean bobDropped = bobClosed.get();
            flooder.join(TestClient.TIMEOUT.toMillis());
            carl.close();
            bob.close();
            carlReader.join(TestClient.TIMEOUT.toMillis());
            bobReader.join(TestClient.TIMEOUT.toMillis());

            for (List<Seen> seen : List.of(carlSaw, bobSaw)) {
                List<Seen> honest = fromAmy(seen);
                assertThat(honest).extracting(s -> index(s.message())).containsExactlyElementsOf(range());
                assertThat(honest)
                        .allSatisfy(s -> assertThat(Duration.ofNanos(s.atNanos() - sentAt(s.message())))
                                .isLessThan(MAX_DELAY));
            }
            assertThat(bobDropped).as("the slow reader was not dropped").isFalse();

            long floodThrough = carlSaw.stream()
                    .filter(s -> s.message().from().equals("flooder"))
                    .count();
            // Each session: a burst of 10, then 5 a second.
            double budget = sessions.get() * 10 + 5 * floodSeconds * 2;
            assertThat(floodThrough).as("flooder messages broadcast").isLessThanOrEqualTo((long) budget);
            assertThat(sent.get()).as("what the flooder sent").isGreaterThan((int) floodThrough * 2);
            assertThat(refusals).contains(ErrorCode.RATE_LIMITED.wireName(), ErrorCode.FLOODING.wireName());
        }
    }

    /** Logs in as the flooder and sends as fast as it can, again after each close, until told to stop. */
    private static void flood(
            TestRoom room, AtomicBoolean stop, AtomicInteger sent, AtomicInteger sessions, List<String> refusals) {
        String text = "x".repeat(4000);
        while (!stop.get()) {
            try (TestClient c = room.connectFrom("127.0.0.2")) {
                c.login("flooder", "pw-flooder");
                sessions.incrementAndGet();
                Thread.ofVirtual().start(() -> {
                    try {
                        for (ServerMessage m : c.awaitClosed()) {
                            if (m instanceof ProtocolError e) {
                                refusals.add(e.code());
                            }
                        }
                    } catch (Throwable e) {
                        // the test is ending
                    }
                });
                while (!stop.get()) {
                    c.send(new SendMessage("flooder", text));
                    sent.incrementAndGet();
                }
            } catch (Throwable e) {
                // closed for flooding, or refused at the door for reconnecting too often: try again
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        }
    }

    /** Reads chat lines until told to stop, at {@code mbPerSecond} when it is not 0. */
    private static void collect(
            TestClient c, List<Seen> seen, AtomicBoolean stop, AtomicBoolean closed, int mbPerSecond) {
        while (!stop.get()) {
            ServerMessage m;
            try {
                m = c.next();
            } catch (AssertionError e) {
                if (e.getMessage() != null && e.getMessage().contains("closed") && closed != null) {
                    closed.set(true);
                    return;
                }
                continue;
            } catch (InterruptedException e) {
                return;
            }
            if (m instanceof ChatMessage chat) {
                seen.add(new Seen(chat, System.nanoTime()));
                if (mbPerSecond > 0) {
                    LockSupport.parkNanos(chat.message().length() * 1000L / mbPerSecond);
                }
            }
        }
    }

    private static void awaitAll(List<Seen> seen) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (fromAmy(seen).size() < HONEST_MESSAGES && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static List<Seen> fromAmy(List<Seen> seen) {
        return seen.stream().filter(s -> s.message().from().equals("amy")).toList();
    }

    private static List<Integer> range() {
        return java.util.stream.IntStream.range(0, HONEST_MESSAGES).boxed().toList();
    }

    private static int index(ChatMessage m) {
        String text = m.message();
        return Integer.parseInt(text.substring("amy #".length(), text.indexOf(' ', "amy #".length())));
    }

    private static long sentAt(ChatMessage m) {
        return Long.parseLong(m.message().substring(m.message().lastIndexOf(' ') + 1));
    }
}
