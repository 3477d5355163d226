package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HashPoolTest {

    /** The callers' threads: virtual, like the room's readers (the common pool may have a single thread). */
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Semaphore started = new Semaphore(0);
    private final HashPool pool = new HashPool(1, 1, () -> {
        started.release();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });

    @AfterEach
    void close() {
        release.countDown();
        pool.close();
        callers.close();
    }

    @Test
    void aFullQueueIsBusyAtOnceAndTheOthersFinish() throws Exception {
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> runQuietly("first"), callers);
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> runQuietly("second"), callers);
        awaitQueued(1);

        assertThatThrownBy(() -> pool.run(() -> "third")).isInstanceOf(HashPool.Busy.class);

        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void theWorksFailureReachesTheCaller() {
        release.countDown();
        assertThatThrownBy(() -> pool.run(() -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> pool.run(() -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
    }

    @Test
    void closingCancelsWhatWaitsAndLetsWhatRunsFinish() throws Exception {
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> runQuietly("first"), callers);
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> runQuietly("second"), callers);
        awaitQueued(1);

        CompletableFuture.runAsync(() -> pool.close(Duration.ofSeconds(10)), callers);

        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("busy");
        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThatThrownBy(() -> pool.run(() -> "late")).isInstanceOf(HashPool.Busy.class);
    }

    private String runQuietly(String value) {
        try {
            return pool.run(() -> value);
        } catch (HashPool.Busy e) {
            return "busy";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void awaitQueued(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.queued() < n) {
            assertThat(System.nanoTime()).as("work queued in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
