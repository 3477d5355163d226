package dev.parley.server.net;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The lines waiting to go out on one connection, bounded in bytes so that a client that stops reading costs a
 * fixed amount of memory and is then dropped. Many producers, one consumer (the connection's writer), which the
 * {@link FlushScheduler} wakes: the first line of a batch asks it for a round, later ones just join the batch.
 * A broadcast offers to every queue in the room, so an offer is kept to a short critical section on one object
 * and wakes nobody; the writer takes the whole batch by swapping arrays.
 */
final class OutboundQueue {

    private int maxBytes;
    private final Consumer<OutboundQueue> scheduleRound;
    private byte[][] lines = new byte[8][];
    private int count;
    private long queuedBytes;
    private boolean scheduled;
    private boolean closed;
    private volatile boolean writerMayDrain;
    private volatile Thread writer;

    /** @param scheduleRound asks for a round in which {@link #release()} is called; {@code FlushScheduler::schedule} */
    OutboundQueue(int maxBytes, Consumer<OutboundQueue> scheduleRound) {
        this.maxBytes = maxBytes;
        this.scheduleRound = scheduleRound;
    }

    enum Offer {
        ACCEPTED,
        OVERFLOW,
        CLOSED
    }

    Offer offer(byte[] line) {
        synchronized (this) {
            if (closed) {
                return Offer.CLOSED;
            }
            if (queuedBytes + line.length > maxBytes) {
                return Offer.OVERFLOW;
            }
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = line;
            queuedBytes += line.length;
            if (scheduled) {
                return Offer.ACCEPTED;
            }
            scheduled = true;
        }
        scheduleRound.accept(this);
        return Offer.ACCEPTED;
    }

    /** Changes the limit for lines offered from now on. */
    synchronized void maxBytes(int bytes) {
        this.maxBytes = bytes;
    }

    /** The scheduler's round has come: the writer may take the batch. */
    void release() {
        writerMayDrain = true;
        LockSupport.unpark(writer);
    }

    /** Accepts no more lines; the writer takes what is queued now, without waiting for a round. */
    void close() {
        synchronized (this) {
            closed = true;
        }
        release();
    }

    /**
     * Waits for the writer's turn, then hands over everything queued by swapping arrays with {@code batch} (which
     * must be empty); lines queued afterwards form the next batch. Only the writer calls this.
     *
     * @return false when the queue is closed and empty
     */
    boolean drainTo(Batch batch) throws InterruptedException {
        writer = Thread.currentThread();
        while (!writerMayDrain) {
            LockSupport.park(this);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        synchronized (this) {
            writerMayDrain = closed;
            scheduled = false;
            if (count == 0 && closed) {
                return false;
            }
            byte[][] taken = lines;
            lines = batch.lines;
            batch.lines = taken;
            batch.size = count;
            count = 0;
            queuedBytes = 0;
            return true;
        }
    }
}
