package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.UserList;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
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
            ParleyClient c = ParleyClient.connect(HOST, fake.port());
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
            ParleyClient c = ParleyClient.connect(HOST, fake.port());
            c.addListener(hears);
            var login = c.guest("gus");
            fake.awaitRequest("\"guest\"");
            fake.writeInPieces("{\"type\":\"login\",\"success\":\"true\"}");
            login.get(10, TimeUnit.SECONDS);

            var list = c.userList(false);
            fake.awaitRequest("\"userlist\"");
            // Spaced as Python's json.dumps writes it.
            fake.writeInPieces("{\"type\": \"userlist\", \"users\": [\"a\", \"b\"], \"onlinetype\": \"false\", "
                    + "\"truncated\": \"true\", \"total\": \"31000\"}", 30);
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
            ParleyClient c = ParleyClient.connect(HOST, fake.port());
            c.addListener(hears);

            String prefix = "{\"type\":\"message\",\"from\":\"ann\",\"message\":\"";
            fake.writeInPieces(prefix + "x".repeat(MessageLimits.MAX_SERVER_MESSAGE_BYTES - prefix.length() - 1) + "\"}");

            assertThat(hears.next()).isInstanceOfSatisfying(RecordingListener.Disconnected.class,
                    d -> assertThat(d.reason()).contains("larger than"));
        }
    }

    /** Accepts one client; records what it sends; writes what a test gives it, in the pieces asked for. */
    private static final class FakeRoom implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final CountDownLatch accepted = new CountDownLatch(1);
        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        private final StringBuilder seen = new StringBuilder();
        private volatile Socket socket;

        FakeRoom() throws IOException {
            Thread.ofVirtual().start(() -> {
                try {
                    socket = listener.accept();
                    socket.setTcpNoDelay(true);
                    accepted.countDown();
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[4096];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        received.add(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // the client went away; the test's assertions say whether that was expected
                }
            });
        }

        int port() {
            return listener.getLocalPort();
        }

        /** Waits until the client has sent something containing {@code text}. */
        void awaitRequest(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!seen.toString().contains(text)) {
                String more = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(more).as("the client sent %s", text).isNotNull();
                seen.append(more);
            }
            seen.setLength(0);
        }

        /** Writes {@code text} with no newline, as separate writes cut at the given byte offsets. */
        void writeInPieces(String text, int... cuts) throws Exception {
            assertThat(accepted.await(10, TimeUnit.SECONDS)).isTrue();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            int from = 0;
            for (int cut : cuts) {
                out.write(bytes, from, cut - from);
                out.flush();
                from = cut;
                Thread.sleep(20); // let each piece travel on its own
            }
            out.write(bytes, from, bytes.length - from);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            if (socket != null) {
                socket.close();
            }
        }
    }
}
