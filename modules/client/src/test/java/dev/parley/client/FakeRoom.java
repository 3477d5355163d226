package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Accepts one client; records what it sends; writes what a test gives it, in the pieces asked for. */
final class FakeRoom implements AutoCloseable {
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

    /** Writes {@code text} as it is, in one write. */
    void write(String text) throws Exception {
        writeInPieces(text);
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

    /** Closes the client's connection, as a room that ends it does. */
    void hangUp() throws IOException {
        socket.close();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        if (socket != null) {
            socket.close();
        }
    }
}
