package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.room.HashPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds a room's password hashes while the test says so, and counts the hashes started. Open at first: hashes go
 * through until {@link #hold()}.
 */
final class HashGate {

    private final AtomicInteger entered = new AtomicInteger();
    private boolean holding;
    private HashPool pool;

    /** A pool of {@code threads} hashing threads and {@code queue} waiting places, each hash passing this gate. */
    HashPool pool(int threads, int queue) {
        pool = new HashPool(threads, queue, this::pass);
        return pool;
    }

    /** Waits until {@code n} hashes wait in the pool's queue. */
    void awaitQueued(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (pool.queued() < n) {
            assertThat(System.nanoTime()).as("%d hashes queued in time", n).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private synchronized void pass() {
        entered.incrementAndGet();
        notifyAll();
        while (holding) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Hashes from now on wait until {@link #open()}. */
    synchronized void hold() {
        holding = true;
    }

    synchronized void open() {
        holding = false;
        notifyAll();
    }

    /** Hashes started so far (held or done). */
    int entered() {
        return entered.get();
    }

    /** Waits until {@code n} hashes have started. */
    synchronized void awaitEntered(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (entered.get() < n) {
            long left = deadline - System.nanoTime();
            assertThat(left).as("%d hashes started in time", n).isPositive();
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
