package dev.parley.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/** The certificate this package writes carries a real TLS 1.3 handshake, and pinning tells identities apart. */
class RoomIdentityHandshakeIT {

    private final RoomIdentity room = RoomIdentity.generate("Handshake room");

    @Test
    void aClientPinnedToTheFingerprintCompletesATls13Handshake() throws Exception {
        try (var server = listen()) {
            CompletableFuture<String> echoed = serveOnce(server);
            try (var client = (SSLSocket) PinnedTrustManager.clientContext(room.fingerprint())
                    .getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                client.startHandshake();
                assertThat(client.getSession().getProtocol()).isEqualTo("TLSv1.3");
                assertThat(client.getSession().getPeerCertificates()[0]).isEqualTo(room.certificate());
                client.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
                client.getOutputStream().flush();
                assertThat(echoed.get(10, TimeUnit.SECONDS)).isEqualTo("hello");
            }
        }
    }

    @Test
    void aClientPinnedToAnotherFingerprintRefusesTheHandshake() throws Exception {
        var other = RoomIdentity.generate("Handshake room");
        try (var server = listen()) {
            CompletableFuture<String> served = serveOnce(server);
            try (var client = (SSLSocket) PinnedTrustManager.clientContext(other.fingerprint())
                    .getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                assertThatThrownBy(client::startHandshake)
                        .isInstanceOf(SSLHandshakeException.class)
                        .hasStackTraceContaining(room.fingerprint().toString());
            }
            assertThat(served.get(10, TimeUnit.SECONDS)).startsWith("failed");
        }
    }

    private SSLServerSocket listen() throws IOException {
        var server = (SSLServerSocket) room.serverContext()
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setEnabledProtocols(new String[] {"TLSv1.3"});
        return server;
    }

    /**
     * Reads one line from the first client and hands it over before closing: closing a TLS socket waits (up to its
     * read timeout) for the client's own close_notify.
     */
    private static CompletableFuture<String> serveOnce(ServerSocket server) {
        var result = new CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try (Socket s = server.accept()) {
                s.setSoTimeout(10_000);
                var line = new StringBuilder();
                int b;
                while ((b = s.getInputStream().read()) >= 0 && b != '\n') {
                    line.append((char) b);
                }
                result.complete(line.toString());
            } catch (IOException e) {
                result.complete("failed: " + e);
            }
        });
        return result;
    }
}
