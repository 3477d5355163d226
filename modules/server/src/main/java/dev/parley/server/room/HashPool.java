package dev.parley.server.room;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The few platform threads that hash passwords. A PBKDF2 hash costs about a tenth of a second of one core; run on
 * the virtual threads that serve the connections, two logins at once would hold both carrier threads of a 2-core
 * machine and stall every reader and writer of the room. Here at most {@code threads} hashes run at once and at
 * most {@code queueCapacity} wait; a hash beyond that is refused at once ({@link Busy}) rather than queued behind
 * seconds of work. The caller's virtual thread parks until its result is ready. One address holds at most
 * {@link #PER_ADDRESS} of those places, running or waiting, so a crowd of connections from one address cannot make
 * everyone else's login wait behind its hashes.
 */
public final class HashPool implements AutoCloseable {

    /**
     * Waiting hashes per thread: at 600,000 iterations (~110 ms) a login queued behind 8 others waits about a
     * second, the most an honest login should; past that "busy, try again" is the better answer.
     */
    static final int QUEUE_PER_THREAD = 8;
    /** Hashes one address may have running or waiting: an honest user needs one, a shared NAT a few. */
    static final int PER_ADDRESS = 2;

    private final ThreadPoolExecutor executor;
    private final Runnable beforeEachTask;
    private final ConcurrentHashMap<InetAddress, Integer> inUse = new ConcurrentHashMap<>();

    /**
     * @param beforeEachTask runs on the hashing thread before each task: nothing in a room, a gate in tests that
     *                       need a hash to take as long as they say
     */
    public HashPool(int threads, int queueCapacity, Runnable beforeEachTask) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("a hash pool needs at least one thread and one queue slot");
        }
        this.beforeEachTask = beforeEachTask;
        this.executor = new ThreadPoolExecutor(
                threads,
                threads,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity),
                Thread.ofPlatform().daemon().name("parley-hash-", 1).factory(),
                new ThreadPoolExecutor.AbortPolicy());
        // An idle room keeps no hashing thread.
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * One thread per core but one, so the room's readers and writers always keep a core, however many people log
     * in at once; one thread on a single core, where the scheduler shares it.
     */
    public static HashPool forThisMachine() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new HashPool(threads, threads * QUEUE_PER_THREAD, () -> {});
    }

    /** Work that hashes (and, for a registration, saves the new account). */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    /** The queue is full, or the room is closing: the work did not run. */
    static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message, null, false, false);
        }
    }

    /** Runs {@code work} for a client at {@code from} on a hashing thread and waits for its result. */
    <T> T run(InetAddress from, Work<T> work) throws Busy, IOException {
        if (!claim(from)) {
            throw new Busy("address has " + PER_ADDRESS + " hashes under way");
        }
        try {
            return run(work);
        } finally {
            inUse.computeIfPresent(from, (a, n) -> n == 1 ? null : n - 1);
        }
    }

    private boolean claim(InetAddress from) {
        boolean[] claimed = {false};
        inUse.compute(from, (a, n) -> {
            int held = n == null ? 0 : n;
            if (held >= PER_ADDRESS) {
                return n;
            }
            claimed[0] = true;
            return held + 1;
        });
        return claimed[0];
    }

    private <T> T run(Work<T> work) throws Busy, IOException {
        Future<T> result;
        try {
            result = executor.submit(() -> {
                beforeEachTask.run();
                try {
                    return work.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Busy(executor.isShutdown() ? "closing" : "queue full");
        }
        try {
            return result.get();
        } catch (CancellationException e) {
            throw new Busy("closing");
        } catch (InterruptedException e) {
            result.cancel(false);
            Thread.currentThread().interrupt();
            throw new Busy("interrupted");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case UncheckedIOException io -> throw io.getCause();
                case RuntimeException re -> throw re;
                case Error err -> throw err;
                case Throwable other -> throw new IllegalStateException(other);
            }
        }
    }

    /** Hashes waiting for a thread. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** Refuses new work, cancels what waits (its callers get {@link Busy}) and waits a while for what runs. */
    void close(Duration grace) {
        // Not shutdownNow: interrupting a registration's save would close its file channel half-way.
        executor.shutdown();
        var waiting = new ArrayList<Runnable>();
        executor.getQueue().drainTo(waiting);
        for (Runnable task : waiting) {
            if (task instanceof Future<?> f) {
                f.cancel(false);
            }
        }
        try {
            executor.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }
}
