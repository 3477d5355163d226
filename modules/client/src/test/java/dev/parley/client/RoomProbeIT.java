package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.server.RoomServer;
import dev.parley.testroom.FakeTlsRoom;
import dev.parley.testroom.RunningRoom;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right after connecting the client asks {@code room_info} (docs/protocol.md, "Room, history and removals"): a room
 * gives its name before login; an older room is joined without one; anything else fails the connect, saying so.
 */
class RoomProbeIT {

    private static final String HOST = "127.0.0.1";
    private static final Duration SHORT = Duration.ofMillis(400);

    @TempDir
    Path dir;

    @Test
    void aRealRoomsNameIsKnownBeforeLogin() throws Exception {
        RoomServer server =
                RunningRoom.in(dir).configured(c -> c.roomName("Attic")).start().server();
        try (var client = ParleyClient.connect(HOST, server.port())) {
            assertThat(client.room().name()).isEqualTo("Attic");
            assertThat(client.username()).isNull();
            assertThat(client.register("ann", "pw-ann".toCharArray()).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("ann"));
        } finally {
            server.stop();
        }
    }

    @Test
    void theProbeRunsAfterTrustOnFirstUseOverTheEncryptedConnection() throws Exception {
        try (var room = new FakeTlsRoom(FakeTlsRoom.Mode.ROOM_A);
                var client = ParleyClient.connect(
                        room.host(),
                        room.port(),
                        new RoomTrust.OnFirstUse(KnownRooms.inMemory(), new TrustEverything()))) {
            assertThat(client.security().encrypted()).isTrue();
            assertThat(client.room().name()).isEqualTo(FakeTlsRoom.NAME);
        }
    }

    @Test
    void anOlderRoomThatDoesNotKnowTheQuestionIsJoinedWithoutAName() throws Exception {
        try (var room = new FakeTlsRoom(FakeTlsRoom.Mode.PLAIN);
                var client = ParleyClient.connect(room.host(), room.port())) {
            assertThat(client.room()).isEqualTo(RoomInfo.DEFAULT);
            var hears = new RecordingListener();
            client.addListener(hears);
            assertThat(client.login("alice", "pw".toCharArray()).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("alice"));
        }
    }

    @Test
    void anHttpServerIsNotARoomAndSaysWhatItAnswered() throws Exception {
        try (var http = new Listener("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")) {
            // the app's way: TLS first, then plain JSON, then the question
            assertThatThrownBy(() -> ParleyClient.connect(HOST, http.port()))
                    .isInstanceOfSatisfying(NotAParleyRoomException.class, e -> {
                        assertThat(e.getMessage())
                                .startsWith(HOST + ":" + http.port() + " is not a Parley room")
                                .contains("it answered \"HTTP/1.1 400 Bad Request");
                        assertThat(e.room()).isEqualTo(HOST + ":" + http.port());
                    });
        }
    }

    @Test
    void aServerThatSkipsTheQuestionInSilenceIsJoinedWithoutAName() throws Exception {
        // as a server written to the spec may treat a type it does not know
        try (var silent = new Listener(null)) {
            try (ParleyClient client = ParleyClient.connectPlain(HOST, silent.port(), SHORT)) {
                assertThat(client.room()).isEqualTo(RoomInfo.DEFAULT);
            }
            assertThat(silent.awaitHangUp()).isTrue();
        }
    }

    @Test
    void jsonWithoutATypeIsNotARoom() throws Exception {
        try (var other = new Listener("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600}}\n")) {
            assertThatThrownBy(() -> ParleyClient.connectPlain(HOST, other.port(), SHORT))
                    .isInstanceOf(NotAParleyRoomException.class)
                    .hasMessageContaining("it answered \"{\"jsonrpc\":\"2.0\"");
        }
    }

    @Test
    void binaryAnswersAreNotShownAsText() throws Exception {
        // a TLS alert, as a TLS-only server answers a plain hello
        try (var tls = new Listener(
                new String(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46}, StandardCharsets.ISO_8859_1))) {
            assertThatThrownBy(() -> ParleyClient.connectPlain(HOST, tls.port(), SHORT))
                    .isInstanceOf(NotAParleyRoomException.class)
                    .hasMessageEndingWith("is not a Parley room: it answered 7 bytes that are not text.");
        }
    }

    @Test
    void aRoomThatSpeaksFirstIsStillARoomAndWhatItSaidReachesTheListener() throws Exception {
        try (var banning = new Listener("{\"type\":\"banned\",\"reason\":\"spam\"}\n")) {
            var client = ParleyClient.connectPlain(HOST, banning.port(), SHORT);
            var hears = new RecordingListener();
            client.addListener(hears);
            assertThat(hears.next()).isEqualTo(new Banned("spam", null));
            client.close();
        }
    }

    /** Trusts whatever it is shown. */
    private static final class TrustEverything implements TrustPrompt {
        @Override
        public boolean trustNew(String room, dev.parley.protocol.tls.Fingerprint presented) {
            return true;
        }

        @Override
        public boolean trustChanged(
                String room, dev.parley.protocol.tls.Fingerprint was, dev.parley.protocol.tls.Fingerprint presented) {
            return true;
        }
    }

    /**
     * Something that is not a Parley room: to every connection it writes {@code answer} (ISO-8859-1, so any bytes)
     * once the client has sent something, then hangs up; with no answer it listens in silence.
     */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final CopyOnWriteArrayList<Socket> open = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.CountDownLatch hungUp = new java.util.concurrent.CountDownLatch(1);
        private final String answer;

        Listener(String answer) throws IOException {
            this.answer = answer;
            Thread.ofVirtual().start(this::acceptAll);
        }

        int port() {
            return server.getLocalPort();
        }

        /** Whether a client closed its connection within 10 seconds. */
        boolean awaitHangUp() throws InterruptedException {
            return hungUp.await(10, TimeUnit.SECONDS);
        }

        private void acceptAll() {
            try {
                while (true) {
                    Socket s = server.accept();
                    open.add(s);
                    Thread.ofVirtual().start(() -> serve(s));
                }
            } catch (IOException e) {
                // closed
            }
        }

        private void serve(Socket s) {
            try (s) {
                InputStream in = s.getInputStream();
                if (in.read() < 0) {
                    hungUp.countDown();
                    return;
                }
                if (answer != null) {
                    OutputStream out = s.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    // read what is left so the client sees an orderly close, not a reset
                    s.shutdownOutput();
                }
                byte[] buffer = new byte[4096];
                while (in.read(buffer) >= 0) {
                    // drain until the client hangs up
                }
                hungUp.countDown();
            } catch (IOException e) {
                hungUp.countDown();
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : open) {
                s.close();
            }
        }
    }
}
