package dev.parley.server.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
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
    private final Socket socket;
    private final OutboundQueue queue;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch writerDone = new CountDownLatch(1);

    public ClientConnection(long id, Socket socket, int maxQueuedBytes, FlushScheduler flushScheduler) {
        this.id = id;
        this.socket = socket;
        this.queue = new OutboundQueue(maxQueuedBytes, flushScheduler::schedule);
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

    public void startWriter() {
        Thread.ofVirtual().name("parley-writer-" + id).start(this::writeLoop);
    }

    /** Queues a line; a client too slow to keep its queue under the limit is disconnected. */
    public void send(byte[] line) {
        switch (queue.offer(line)) {
            case ACCEPTED, CLOSED -> {
            }
            case OVERFLOW -> {
                LOG.info("Connection {} from {} fell too far behind reading; disconnecting it", id, address().getHostAddress());
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

    /** Waits for the writer to finish sending. */
    public boolean awaitFlushed(long timeout, TimeUnit unit) throws InterruptedException {
        return writerDone.await(timeout, unit);
    }

    private void writeLoop() {
        var batch = new Batch();
        try {
            OutputStream out = socket.getOutputStream();
            while (queue.drainTo(batch)) {
                writeBatch(out, batch);
                batch.clear();
            }
            lingeringClose();
        } catch (IOException e) {
            LOG.debug("Connection {}: write failed: {}", id, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closing.set(true);
            queue.close();
            closeSocket();
            writerDone.countDown();
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
     * Ends our side first and reads what the client still sends for a moment: closing a socket with unread input
     * sends a reset, which can destroy the last lines (an error, "shutdown") before the client reads them.
     */
    private void lingeringClose() throws IOException {
        if (socket.isClosed()) {
            return;
        }
        socket.shutdownOutput();
        socket.setSoTimeout((int) LINGER.toMillis());
        long deadline = System.nanoTime() + LINGER.toNanos();
        byte[] sink = new byte[8192];
        long discarded = 0;
        InputStream in = socket.getInputStream();
        while (discarded < LINGER_MAX_BYTES && System.nanoTime() < deadline) {
            int n = in.read(sink);
            if (n < 0) {
                break;
            }
            discarded += n;
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
