package dev.parley.server.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's socket. Anyone may queue lines for it without blocking; its own writer thread, woken by the
 * {@link FlushScheduler}, sends everything pending in one write, so a burst of broadcasts costs one system call,
 * and no lock is held while writing.
 *
 * <p>The client's first byte says whether it speaks plain JSON or TLS; until the reader has seen it (and, for TLS,
 * finished the handshake) the writer holds back. A connection closed before its client said anything is answered
 * in plain JSON, as the spec's clients expect; one closed in the middle of its handshake gets nothing.
 */
public final class ClientConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    /** One write carries at most 64 KB; a batch larger than that goes out in several. */
    private static final WriteBuffers WRITE_BUFFERS = new WriteBuffers(64 * 1024, 32);

    private static final Duration LINGER = Duration.ofSeconds(2);
    private static final long LINGER_MAX_BYTES = 1 << 20;

    private final long id;
    private final long acceptedNanos = System.nanoTime();
    /** The accepted TCP socket. */
    private final Socket raw;
    /** What requests and replies travel over: {@link #raw}, or the TLS socket layered over it. */
    private volatile Socket socket;

    private final ReentrantLock channelLock = new ReentrantLock();
    private final Condition channelChanged = channelLock.newCondition();
    /** Guarded by {@link #channelLock}. */
    private Channel channel = Channel.UNDECIDED;

    private final int maxQueuedBytes;
    private final OutboundQueue queue;
    private final AtomicBoolean closing = new AtomicBoolean();
    /** The writer has sent everything and ended our side (or given up). */
    private final CountDownLatch outputEnded = new CountDownLatch(1);
    /** The reader has drained the input and closed the socket. */
    private final CountDownLatch readerDone = new CountDownLatch(1);

    private final CountDownLatch writerDone = new CountDownLatch(1);

    /**
     * @param queueLimits how far the client may fall behind in reading: a small limit until it logs in (so that
     *                    thousands of strangers who never read cost little), the full one after
     */
    public ClientConnection(long id, Socket socket, QueueLimits queueLimits, FlushScheduler flushScheduler) {
        this.id = id;
        this.raw = socket;
        this.socket = socket;
        this.maxQueuedBytes = queueLimits.loggedIn();
        this.queue = new OutboundQueue(queueLimits.beforeLogin(), flushScheduler::schedule);
    }

    /** Bytes a connection may have waiting to go out, before and after it logs in. */
    public record QueueLimits(int beforeLogin, int loggedIn) {}

    /** The client has logged in: from now on it may fall as far behind as any member. */
    public void loggedIn() {
        queue.maxBytes(maxQueuedBytes);
    }

    public long id() {
        return id;
    }

    public InetAddress address() {
        return raw.getInetAddress();
    }

    /** The input of the channel in use: the TCP socket's, or once TLS is up the decrypted one. */
    public InputStream input() throws IOException {
        return socket.getInputStream();
    }

    /** The accepted TCP socket, for the reader to look at the first byte and layer TLS over. */
    public Socket rawSocket() {
        return raw;
    }

    /** How the client talks, known from its first byte. */
    private enum Channel {
        UNDECIDED,
        HANDSHAKING,
        PLAIN,
        TLS,
        FAILED
    }

    /** The client's first byte was not a TLS record: it talks plain JSON. False when the connection is closing. */
    public boolean choosePlain() {
        return decide(Channel.PLAIN);
    }

    /** The client's first byte starts a TLS record; the reader now runs the handshake. False when closing. */
    public boolean chooseTls() {
        return decide(Channel.HANDSHAKING);
    }

    private boolean decide(Channel chosen) {
        channelLock.lock();
        try {
            if (channel != Channel.UNDECIDED || closing.get()) {
                return false;
            }
            channel = chosen;
            channelChanged.signalAll();
            return true;
        } finally {
            channelLock.unlock();
        }
    }

    /** The handshake succeeded: from now on everything travels over {@code tls}. */
    public void tlsReady(Socket tls) {
        channelLock.lock();
        try {
            if (channel == Channel.HANDSHAKING) {
                socket = tls;
                channel = Channel.TLS;
                channelChanged.signalAll();
            }
        } finally {
            channelLock.unlock();
        }
    }

    /** The handshake failed or timed out: nothing can be sent, the connection is closed. */
    public void tlsFailed() {
        setChannelFailed();
        abort();
    }

    private void setChannelFailed() {
        channelLock.lock();
        try {
            channel = Channel.FAILED;
            channelChanged.signalAll();
        } finally {
            channelLock.unlock();
        }
    }

    /**
     * The socket to write to, once the reader has chosen it; null when nothing can be sent. A connection closing
     * before its client said anything is answered in plain JSON.
     */
    private Socket awaitChannel() throws InterruptedException {
        channelLock.lock();
        try {
            while (true) {
                switch (channel) {
                    case PLAIN, TLS -> {
                        return socket;
                    }
                    case FAILED -> {
                        return null;
                    }
                    case UNDECIDED -> {
                        if (closing.get()) {
                            channel = Channel.PLAIN;
                            channelChanged.signalAll();
                            return raw;
                        }
                    }
                    case HANDSHAKING -> {
                        if (closing.get()) {
                            channel = Channel.FAILED;
                            channelChanged.signalAll();
                            return null;
                        }
                    }
                }
                channelChanged.await();
            }
        } finally {
            channelLock.unlock();
        }
    }

    private void wakeChannelWaiters() {
        channelLock.lock();
        try {
            channelChanged.signalAll();
        } finally {
            channelLock.unlock();
        }
    }

    /** When the connection was accepted, on {@link System#nanoTime()}'s scale. */
    public long acceptedNanos() {
        return acceptedNanos;
    }

    /** How long one read of {@link #input()} may wait; 0 waits as long as the connection lives. */
    public void readTimeout(int millis) throws SocketException {
        socket.setSoTimeout(millis);
    }

    public void startWriter() {
        Thread.ofVirtual().name("parley-writer-" + id).start(this::writeLoop);
    }

    /** Queues a line; a client too slow to keep its queue under the limit is disconnected. */
    public void send(byte[] line) {
        switch (queue.offer(line)) {
            case ACCEPTED, CLOSED -> {}
            case OVERFLOW -> {
                LOG.info(
                        "Connection {} from {} fell too far behind reading; disconnecting it",
                        id,
                        address().getHostAddress());
                abort();
            }
        }
    }

    /** Sends what is queued, this line last, then closes. Nothing queued after it goes out. */
    public void sendAndClose(byte[] line) {
        send(line);
        closeGracefully();
    }

    /** Closes after sending what is already queued. */
    public void closeGracefully() {
        closing.set(true);
        queue.close();
        wakeChannelWaiters();
    }

    /** True once the connection is closing or closed: its reader stops handling requests. */
    public boolean isClosing() {
        return closing.get();
    }

    /** Closes now, dropping whatever is queued. */
    public void abort() {
        closing.set(true);
        queue.close();
        wakeChannelWaiters();
        closeSocket();
    }

    /** Waits for the connection to finish: everything sent, and the socket closed. */
    public boolean awaitFlushed(long timeout, TimeUnit unit) throws InterruptedException {
        return writerDone.await(timeout, unit);
    }

    /**
     * Closes after sending what is queued, called by the connection's reader once it stops reading requests.
     * Closing a socket with unread input sends a reset, which can destroy the last lines (an error, "shutdown")
     * before the client reads them; so the reader, which owns the input, reads and drops what the client still
     * sends until it hangs up (or a moment passes), waits for the writer to end our side, then closes.
     */
    public void closeAfterDraining() {
        closeGracefully();
        try {
            long deadline = System.nanoTime() + LINGER.toNanos();
            drainInput(deadline);
            outputEnded.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            LOG.debug("Connection {}: draining: {}", id, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSocket();
            readerDone.countDown();
        }
    }

    private void drainInput(long deadline) throws IOException {
        Socket current = socket;
        if (raw.isClosed() || current.isClosed()) {
            return;
        }
        byte[] sink = new byte[1024];
        long discarded = 0;
        InputStream in = current.getInputStream();
        long left;
        while (discarded < LINGER_MAX_BYTES && (left = deadline - System.nanoTime()) > 0) {
            current.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            int n;
            try {
                n = in.read(sink);
            } catch (SocketTimeoutException e) {
                return;
            }
            if (n < 0) {
                return;
            }
            discarded += n;
        }
    }

    private void writeLoop() {
        var batch = new Batch();
        try {
            OutputStream out = null;
            while (queue.drainTo(batch)) {
                if (out == null) {
                    Socket channelSocket = awaitChannel();
                    if (channelSocket == null) {
                        closeSocket();
                        return;
                    }
                    out = channelSocket.getOutputStream();
                }
                writeBatch(out, batch);
                batch.clear();
            }
            // the queue is closed: so is the connection, and the channel is settled at once
            Socket channelSocket = awaitChannel();
            if (channelSocket == null) {
                closeSocket();
            } else if (!channelSocket.isClosed()) {
                // over TLS this sends close_notify; the TCP connection stays open for the reader to drain
                channelSocket.shutdownOutput();
            }
        } catch (IOException e) {
            LOG.debug("Connection {}: write failed: {}", id, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closing.set(true);
            queue.close();
            outputEnded.countDown();
            awaitReader();
            writerDone.countDown();
        }
    }

    /**
     * The reader closes the socket once the client hangs up; a client that never does, while its reader waits in
     * a read, is cut off after a moment.
     */
    private void awaitReader() {
        try {
            if (!readerDone.await(LINGER.toNanos(), TimeUnit.NANOSECONDS)) {
                closeSocket();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeSocket();
        }
    }

    /**
     * Copies the batch into a borrowed buffer and writes it in as few writes as fit. Only writers that are
     * writing hold a buffer: an idle connection holds none, which is most of what 10,000 connections cost.
     */
    static void writeBatch(OutputStream out, Batch batch) throws IOException {
        if (batch.size <= 1) {
            if (batch.size == 1) {
                out.write(batch.get(0));
            }
            return;
        }
        byte[] buffer = WRITE_BUFFERS.borrow();
        try {
            int used = 0;
            for (int i = 0; i < batch.size; i++) {
                byte[] line = batch.get(i);
                if (used + line.length > buffer.length) {
                    if (used > 0) {
                        out.write(buffer, 0, used);
                        used = 0;
                    }
                    if (line.length > buffer.length) {
                        out.write(line);
                        continue;
                    }
                }
                System.arraycopy(line, 0, buffer, used, line.length);
                used += line.length;
            }
            if (used > 0) {
                out.write(buffer, 0, used);
            }
        } finally {
            WRITE_BUFFERS.giveBack(buffer);
        }
    }

    /**
     * Closes the TCP socket, then the TLS socket over it when there is one. TCP first: closing TLS sends
     * close_notify, which would wait behind a write stuck on a client that stopped reading.
     */
    private void closeSocket() {
        try {
            raw.close();
        } catch (IOException e) {
            LOG.debug("Connection {}: close failed: {}", id, e.toString());
        }
        if (socket instanceof SSLSocket tls) {
            try {
                tls.close();
            } catch (IOException e) {
                LOG.debug("Connection {}: TLS close: {}", id, e.toString());
            }
        }
    }

    @Override
    public String toString() {
        return "connection " + id + " from " + address().getHostAddress();
    }
}
