package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.server.tls.PinnedTrustManager;
import dev.parley.server.tls.RoomIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One port serves plain JSON and TLS 1.3, told apart by the first byte (docs/protocol.md, "Encryption"). */
class TlsIT {

    private static final Duration LOGIN_TIMEOUT = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    @Test
    void aPlainClientAndATlsClientShareOneRoom() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient plain = room.connect();
            plain.register("alice", "pw-alice");
            TestClient tls = room.connectTls();
            tls.register("bob", "pw-bob");

            plain.send(new SendMessage("alice", "hello from plain JSON"));
            tls.send(new SendMessage("bob", "hello over TLS"));

            assertThat(tls.await(ChatMessage.class, m -> m.from().equals("alice"))
                            .message())
                    .isEqualTo("hello from plain JSON");
            assertThat(plain.await(ChatMessage.class, m -> m.from().equals("bob"))
                            .message())
                    .isEqualTo("hello over TLS");
            assertThat(room.server.certificateFingerprint()).isPresent();
        }
    }

    @Test
    void requireTlsRefusesPlainConnectionsWithAnErrorAndStillAdmitsTls() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.requireTls(true))) {
            TestClient plain = room.connect();
            plain.send(new SaltRequest("alice"));

            assertThat(plain.awaitClosed()).singleElement().isInstanceOfSatisfying(ProtocolError.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TLS_REQUIRED.wireName());
                assertThat(e.message()).contains("Parley client").contains("TLS");
            });

            TestClient tls = room.connectTls();
            tls.register("bob", "pw-bob");
            tls.send(new SendMessage("bob", "still here"));
            assertThat(tls.await(ChatMessage.class, m -> true).message()).isEqualTo("still here");
        }
    }

    @Test
    void aClientPinnedToAnotherFingerprintFailsTheHandshakeAndTheRoomCarriesOn() throws Exception {
        var impostor = RoomIdentity.generate("Parley room");
        try (var room = TestRoom.start(dir)) {
            assertThatThrownBy(() -> room.connectTls(impostor.fingerprint()))
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasStackTraceContaining(
                            room.server.certificateFingerprint().orElseThrow().toString());

            room.connectTls().register("bob", "pw-bob");
        }
    }

    @Test
    void aHandshakeThatStallsIsClosedAtTheLoginTimeout() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.loginTimeout(LOGIN_TIMEOUT));
                var stalled = new Socket()) {
            stalled.connect(room.address());
            long start = System.nanoTime();
            // the first bytes of a TLS record header, then nothing
            stalled.getOutputStream().write(new byte[] {0x16, 0x03, 0x01});
            stalled.getOutputStream().flush();

            assertClosedWithNothing(stalled);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(LOGIN_TIMEOUT.minusMillis(200));
            room.connectTls().register("bob", "pw-bob");
        }
    }

    @Test
    void aClientThatSendsItsHelloAndNeverFinishesTheHandshakeIsClosedAtTheLoginTimeout() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.loginTimeout(LOGIN_TIMEOUT));
                var stalled = new Socket()) {
            stalled.connect(room.address());
            long start = System.nanoTime();
            stalled.getOutputStream().write(clientHello());
            stalled.getOutputStream().flush();

            // the room answers the hello (ServerHello … Finished), then waits for ours, which never comes
            stalled.setSoTimeout((int) TestClient.TIMEOUT.toMillis());
            try {
                stalled.getInputStream().readAllBytes();
            } catch (SocketException reset) {
                // closed too
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(LOGIN_TIMEOUT.minusMillis(200))
                    .isLessThan(TestClient.TIMEOUT);
            room.connectTls().register("bob", "pw-bob");
        }
    }

    /** A real TLS 1.3 ClientHello, as the first flight of a client that then stalls. */
    private static byte[] clientHello() throws Exception {
        SSLEngine engine = PinnedTrustManager.clientContext(
                        RoomIdentity.generate("x").fingerprint())
                .createSSLEngine("127.0.0.1", 5050);
        engine.setUseClientMode(true);
        engine.beginHandshake();
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        out.flip();
        byte[] hello = new byte[out.remaining()];
        out.get(hello);
        assertThat(hello[0]).isEqualTo((byte) 0x16);
        return hello;
    }

    @Test
    void aTlsClientThatDoesNotLogInGetsTheLoginTimeoutErrorOverTls() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.loginTimeout(LOGIN_TIMEOUT))) {
            TestClient idle = room.connectTls();

            assertThat(idle.awaitClosed())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.LOGIN_TIMEOUT.wireName()));
        }
    }

    @Test
    void garbageAfterTheTlsByteCostsOnlyThatConnection() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.connectTls();
            alice.register("alice", "pw-alice");
            byte[] garbage = new byte[600];
            new Random(11).nextBytes(garbage);
            garbage[0] = 0x16;
            try (var attacker = new Socket()) {
                attacker.connect(room.address());
                attacker.getOutputStream().write(garbage);
                attacker.getOutputStream().flush();

                assertClosedWithNothingButAnAlert(attacker);
            }

            alice.send(new SendMessage("alice", "unbothered"));
            assertThat(alice.await(ChatMessage.class, m -> true).message()).isEqualTo("unbothered");
            room.connect().register("bob", "pw-bob");
        }
    }

    @Test
    void kickAndShutdownReachTlsClientsBeforeTheyAreClosed() throws Exception {
        var room = TestRoom.start(dir);
        try {
            TestClient alice = room.connectTls();
            alice.register("alice", "pw-alice");
            TestClient bob = room.connectTls();
            bob.register("bob", "pw-bob");

            assertThat(room.server.kick("bob")).isTrue();
            assertThat(bob.awaitClosed())
                    .last()
                    .isInstanceOfSatisfying(
                            ProtocolError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.KICKED.wireName()));

            Thread stopper = Thread.ofVirtual().start(room.server::stop);
            List<ServerMessage> last = alice.awaitClosed();
            stopper.join();
            assertThat(last).last().isEqualTo(new Shutdown());
        } finally {
            room.close();
        }
    }

    @Test
    void aBannedAddressIsToldSoInTheLanguageItSpeaks() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.server.banAddress("127.0.0.1", "testing", null);

            assertThat(room.connectTls().awaitClosed()).containsExactly(new Banned("testing", null));
            TestClient plain = room.connect();
            plain.send(new SaltRequest("alice"));
            assertThat(plain.awaitClosed()).containsExactly(new Banned("testing", null));
        }
    }

    @Test
    void aPlainClientThatSaysNothingHearsTheRoomShutDownInPlainJson() throws Exception {
        var room = TestRoom.start(dir);
        try {
            TestClient silent = room.connect();
            TestClient talking = room.connect();
            talking.send(new SaltRequest("alice"));
            talking.expect(Salt.class);

            Thread stopper = Thread.ofVirtual().start(room.server::stop);
            assertThat(silent.awaitClosed()).containsExactly(new Shutdown());
            assertThat(talking.awaitClosed()).containsExactly(new Shutdown());
            stopper.join();
        } finally {
            room.close();
        }
    }

    @Test
    void aRoomWithTlsOffAnswersATlsClientAsGarbage() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.tls(false))) {
            assertThat(room.server.certificateFingerprint()).isEmpty();
            try (var tlsClient = new Socket()) {
                tlsClient.connect(room.address());
                tlsClient.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5});
                tlsClient.setSoTimeout((int) TestClient.TIMEOUT.toMillis());
                // plain JSON's answer to bytes that are no JSON object
                assertThat(new String(
                                tlsClient.getInputStream().readNBytes(9), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo("{\"type\":\"");
            }
        }
    }

    /** The server hangs up without a byte: reads end, or the connection is reset. */
    private static void assertClosedWithNothing(Socket socket) throws IOException {
        socket.setSoTimeout((int) TestClient.TIMEOUT.toMillis());
        try {
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        } catch (SocketException reset) {
            // also closed
        }
    }

    /** A failed handshake may send a TLS alert (a record of type 0x15) before it hangs up, and nothing else. */
    private static void assertClosedWithNothingButAnAlert(Socket socket) throws IOException {
        socket.setSoTimeout((int) TestClient.TIMEOUT.toMillis());
        InputStream in = socket.getInputStream();
        try {
            byte[] all = in.readAllBytes();
            if (all.length > 0) {
                assertThat(all[0]).isEqualTo((byte) 0x15);
            }
        } catch (SocketException reset) {
            // also closed
        }
    }
}
