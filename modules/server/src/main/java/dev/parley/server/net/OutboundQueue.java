package dev.parley.server.net;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lines waiting to go out on one connection, bounded in bytes so that a client that stops reading costs a
 * fixed amount of memory and is then dropped. Many producers, one consumer (the connection's writer).
 */
final class OutboundQueue {

    private final int maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<byte[]> lines = new ArrayDeque<>();
    private long queuedBytes;
    private boolean closed;

    OutboundQueue(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    enum Offer { ACCEPTED, OVERFLOW, CLOSED }

    Offer offer(byte[] line) {
        lock.lock();
        try {
            if (closed) {
                return Offer.CLOSED;
            }
            if (queuedBytes + line.length > maxBytes) {
                return Offer.OVERFLOW;
            }
            lines.add(line);
            queuedBytes += line.length;
            if (lines.size() == 1) {
                notEmpty.signal();
            }
            return Offer.ACCEPTED;
        } finally {
            lock.unlock();
        }
    }

    /** Accepts no more lines; what is queued can still be drained. */
    void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Moves whatever is queued now into {@code batch}, without waiting. */
    void drainAvailable(List<byte[]> batch) {
        lock.lock();
        try {
            batch.addAll(lines);
            lines.clear();
            queuedBytes = 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves everything queued into {@code batch}, waiting until there is something or the queue is closed.
     *
     * @return false when the queue is closed and empty
     */
    boolean drainTo(List<byte[]> batch) throws InterruptedException {
        lock.lock();
        try {
            while (lines.isEmpty()) {
                if (closed) {
                    return false;
                }
                notEmpty.await();
            }
            batch.addAll(lines);
            lines.clear();
            queuedBytes = 0;
            return true;
        } finally {
            lock.unlock();
        }
    }
}
