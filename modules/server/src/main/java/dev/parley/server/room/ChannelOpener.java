package dev.parley.server.room;

import dev.parley.server.net.ClientConnection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells from a connection's first byte how its client talks, on the connection's own thread: a TLS record starts
 * with 0x16 (handshake), a JSON object with '{' or whitespace. TLS gets a TLS 1.3 server socket layered over the
 * accepted one, whose handshake must end by the deadline; anything else is plain JSON (garbage included: the framer
 * answers it as it always has).
 */
final class ChannelOpener {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelOpener.class);
    /** The content type of a TLS handshake record, the first byte any TLS client sends. */
    static final int TLS_HANDSHAKE = 0x16;

    private static final String[] TLS_1_3 = {"TLSv1.3"};

    /** Empty when the room does not speak TLS: every connection is plain. */
    private final Optional<SSLSocketFactory> tls;

    ChannelOpener(Optional<SSLContext> tls) {
        this.tls = tls.map(SSLContext::getSocketFactory);
    }

    /** How the client talks, and where to read its requests. */
    sealed interface Opened {
        /** Plain JSON; {@code input} starts with the byte already read. */
        record Plain(InputStream input) implements Opened {}

        /** TLS 1.3, handshake done; {@code input} is the decrypted stream. */
        record Tls(InputStream input) implements Opened {}

        /** Nothing came before the deadline. */
        record Silent() implements Opened {}

        /** The client hung up, or its handshake failed or took too long: nothing can be said to it. */
        record Lost() implements Opened {}
    }

    /** Reads the first byte and sets up the channel it asks for, by {@code deadlineNanos} ({@link System#nanoTime()}). */
    Opened open(ClientConnection connection, long deadlineNanos) {
        Socket raw = connection.rawSocket();
        int first;
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return new Opened.Silent();
            }
            raw.setSoTimeout(millis(left));
            first = raw.getInputStream().read();
        } catch (SocketTimeoutException e) {
            return new Opened.Silent();
        } catch (IOException e) {
            LOG.debug("{} ended before its first byte: {}", connection, e.toString());
            return new Opened.Lost();
        }
        if (first < 0) {
            return new Opened.Lost();
        }
        if (first == TLS_HANDSHAKE && tls.isPresent()) {
            return handshake(connection, tls.get(), deadlineNanos);
        }
        if (!connection.choosePlain()) {
            return new Opened.Lost();
        }
        try {
            return new Opened.Plain(new FirstByteInput(first, connection.input()));
        } catch (IOException e) {
            return new Opened.Lost();
        }
    }

    /**
     * Runs the server side of the handshake on this thread. Each read waits at most until the deadline, and a
     * watchdog closes the socket at the deadline, so a client trickling its handshake a byte at a time gains nothing.
     */
    private static Opened handshake(ClientConnection connection, SSLSocketFactory factory, long deadlineNanos) {
        if (!connection.chooseTls()) {
            return new Opened.Lost();
        }
        Socket raw = connection.rawSocket();
        var done = new CountDownLatch(1);
        try {
            // the byte read to choose is handed back, so the handshake sees the record whole
            var tls = (SSLSocket) factory.createSocket(raw, new ByteArrayInputStream(new byte[] {TLS_HANDSHAKE}), true);
            tls.setUseClientMode(false);
            tls.setEnabledProtocols(TLS_1_3);
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("no time left for the handshake");
            }
            raw.setSoTimeout(millis(left));
            Thread.ofVirtual()
                    .name("parley-handshake-deadline-" + connection.id())
                    .start(() -> closeAtDeadline(raw, done, deadlineNanos));
            tls.startHandshake();
            done.countDown();
            if (System.nanoTime() - deadlineNanos >= 0) {
                // the watchdog may have closed the socket just as the handshake ended
                throw new SocketTimeoutException("the handshake ended at the deadline");
            }
            connection.tlsReady(tls);
            return new Opened.Tls(tls.getInputStream());
        } catch (IOException e) {
            done.countDown();
            LOG.debug("{}: TLS handshake failed: {}", connection, e.toString());
            connection.tlsFailed();
            return new Opened.Lost();
        }
    }

    private static void closeAtDeadline(Socket raw, CountDownLatch done, long deadlineNanos) {
        try {
            if (!done.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                raw.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("closing a stalled handshake: {}", e.toString());
        }
    }

    private static int millis(long nanos) {
        return (int) Math.clamp(Math.ceilDiv(nanos, 1_000_000L), 1L, Integer.MAX_VALUE);
    }
}
