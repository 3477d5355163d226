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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's socket. Anyone may queue lines for it without blocking; its own writer thread, woken by the
 * {@link FlushScheduler}, sends everything pending in one write, so a burst of broadcasts costs one system call,
 * and no lock is held while writing.
 */
public final class ClientConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    /** One write carries at most 64 KB; a batch larger than that goes out in several. */
    private static final WriteBuffers WRITE_BUFFERS = new WriteBuffers(64 * 1024, 32);

    private static final Duration LINGER = Duration.ofSeconds(2);
    private static final long LINGER_MAX_BYTES = 1 << 20;

    private final long id;
    private final long acceptedNanos = System.nanoTime();
    private final Socket socket;
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
        return socket.getInetAddress();
    }

    public InputStream input() throws IOException {
        return socket.getInputStream();
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
    }

    /** True once the connection is closing or closed: its reader stops handling requests. */
    public boolean isClosing() {
        return closing.get();
    }

    /** Closes now, dropping whatever is queued. */
    public void abort() {
        closing.set(true);
        queue.close();
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
        if (socket.isClosed()) {
            return;
        }
        byte[] sink = new byte[1024];
        long discarded = 0;
        InputStream in = socket.getInputStream();
        long left;
        while (discarded < LINGER_MAX_BYTES && (left = deadline - System.nanoTime()) > 0) {
            socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
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
            OutputStream out = socket.getOutputStream();
            while (queue.drainTo(batch)) {
                writeBatch(out, batch);
                batch.clear();
            }
            if (!socket.isClosed()) {
                socket.shutdownOutput();
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

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Connection {}: close failed: {}", id, e.toString());
        }
    }

    @Override
    public String toString() {
        return "connection " + id + " from " + address().getHostAddress();
    }
}
