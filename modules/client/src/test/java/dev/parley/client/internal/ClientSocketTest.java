package dev.parley.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ServerMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How a connection ends, over streams this test controls. */
class ClientSocketTest {

    /** Blocks a reader until closed, as a socket's input does; then fails as a closed socket's read does. */
    private static final class OpenInput extends InputStream {
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public int read() throws IOException {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("Socket closed");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return read();
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    private static final class BrokenOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }
    }

    private final OpenInput in = new OpenInput();

    private ClientSocket over(OutputStream out) {
        return new ClientSocket("room:5050", in, out, in);
    }

    private static CompletableFuture<String> readOn(ClientSocket socket) {
        var ended = new CompletableFuture<String>();
        Thread.ofVirtual()
                .start(() -> socket.readUntilEnd(new MessageCodec(), new ClientSocket.Inbound() {
                    @Override
                    public void received(ServerMessage message, byte[] bytes, int offset, int length) {}

                    @Override
                    public void ended(String reason) {
                        ended.complete(reason);
                    }
                }));
        return ended;
    }

    @Test
    void aFailedWriteIsALostConnectionSayingWhy() throws Exception {
        ClientSocket socket = over(new BrokenOutput());
        var ended = readOn(socket);

        socket.write("{\"type\":\"salt\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(ended.get(10, TimeUnit.SECONDS)).isEqualTo("The connection to room:5050 was lost: Broken pipe");
        assertThat(socket.isOpen()).isFalse();
    }

    @Test
    void leavingIsSaidAsLeaving() throws Exception {
        ClientSocket socket = over(OutputStream.nullOutputStream());
        var ended = readOn(socket);

        socket.closeAfterWrites("You left the room.");

        assertThat(ended.get(10, TimeUnit.SECONDS)).isEqualTo("You left the room.");
    }

    @Test
    void writtenBytesAreZeroedOnceSent() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        ClientSocket socket = over(out);
        var ended = readOn(socket);
        byte[] login = "{\"password\":\"hash\"}".getBytes(StandardCharsets.UTF_8);

        socket.write(login);
        socket.closeAfterWrites("done");

        ended.get(10, TimeUnit.SECONDS);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"password\":\"hash\"}");
        assertThat(login).containsOnly(0);
    }
}
