package dev.parley.server.net;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Decides when connections' writers wake. A broadcast queues a line for every member; waking each writer at once
 * costs one thread switch and one system call per line, which caps a room at a few hundred thousand deliveries a
 * second and makes joining a big room quadratic in system calls. Instead, connections with new lines are collected
 * and woken together in rounds, at most one round per tick: an idle room sends at once, a busy one sends
 * everything a connection gathered since its last round in one write.
 */
public final class FlushScheduler implements AutoCloseable {

    /** Long enough for a busy room's broadcasts to pile up, short beside a person's notice (and the 10 ms aim). */
    public static final long DEFAULT_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final long tickNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition pendingOrClosed = lock.newCondition();
    private List<OutboundQueue> pending = new ArrayList<>();
    private boolean closed;

    public FlushScheduler(long tickNanos) {
        this.tickNanos = tickNanos;
        // A virtual thread like the writers: after its tick it queues behind the writers it woke, so a round that
        // takes longer than a tick (a busy room) delays the next one and the batches grow to match.
        Thread.ofVirtual().name("parley-flush").start(this::run);
    }

    /** Wakes {@code queue}'s writer in the next round; the queue asks once per batch it gathers. */
    void schedule(OutboundQueue queue) {
        lock.lock();
        try {
            if (closed) {
                queue.release();
                return;
            }
            pending.add(queue);
            if (pending.size() == 1) {
                pendingOrClosed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        List<OutboundQueue> round = new ArrayList<>();
        while (true) {
            lock.lock();
            try {
                while (pending.isEmpty() && !closed) {
                    pendingOrClosed.awaitUninterruptibly();
                }
                List<OutboundQueue> taken = pending;
                pending = round;
                round = taken;
                if (closed && round.isEmpty()) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            for (OutboundQueue queue : round) {
                queue.release();
            }
            round.clear();
            LockSupport.parkNanos(tickNanos);
        }
    }

    /** Wakes whatever is still waiting and stops; queues scheduled afterwards are woken at once. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            pendingOrClosed.signal();
        } finally {
            lock.unlock();
        }
    }
}
