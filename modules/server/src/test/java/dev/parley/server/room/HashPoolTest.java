package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
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

    private static final InetAddress ALICE = InetAddress.ofLiteral("192.0.2.1");
    private static final InetAddress BOB = InetAddress.ofLiteral("192.0.2.2");
    private static final InetAddress CAROL = InetAddress.ofLiteral("192.0.2.3");

    /** The callers' threads: virtual, like the room's readers (the common pool may have a single thread). */
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    private final CountDownLatch release = new CountDownLatch(1);
    private final Semaphore started = new Semaphore(0);
    private final HashPool pool = new HashPool(1, 1, this::holdUntilReleased);

    @AfterEach
    void close() {
        release.countDown();
        pool.close();
        callers.close();
    }

    @Test
    void aFullQueueIsBusyAtOnceAndTheOthersFinish() throws Exception {
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> runQuietly("first", ALICE), callers);
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> runQuietly("second", BOB), callers);
        awaitQueued(1);

        assertThatThrownBy(() -> pool.run(CAROL, () -> "third")).isInstanceOf(HashPool.Busy.class);

        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void theWorksFailureReachesTheCaller() {
        release.countDown();
        assertThatThrownBy(() -> pool.run(ALICE, () -> {
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThatThrownBy(() -> pool.run(ALICE, () -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bug");
    }

    @Test
    void closingCancelsWhatWaitsAndLetsWhatRunsFinish() throws Exception {
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> runQuietly("first", ALICE), callers);
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> runQuietly("second", BOB), callers);
        awaitQueued(1);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> pool.close(Duration.ofSeconds(10)), callers);

        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("busy");
        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        closing.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> pool.run(CAROL, () -> "late")).isInstanceOf(HashPool.Busy.class);
    }

    @Test
    void oneAddressHoldsAtMostTwoPlacesAndTheOthersStillGetIn() throws Exception {
        try (var roomy = new HashPool(1, 8, this::holdUntilReleased)) {
            CompletableFuture<String> first =
                    CompletableFuture.supplyAsync(() -> runQuietly(roomy, "a1", ALICE), callers);
            assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> second =
                    CompletableFuture.supplyAsync(() -> runQuietly(roomy, "a2", ALICE), callers);
            awaitQueued(roomy, 1);

            assertThatThrownBy(() -> roomy.run(ALICE, () -> "a3")).isInstanceOf(HashPool.Busy.class);
            CompletableFuture<String> other =
                    CompletableFuture.supplyAsync(() -> runQuietly(roomy, "b1", BOB), callers);
            awaitQueued(roomy, 2);

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a1");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("a2");
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("b1");
            assertThat(roomy.run(ALICE, () -> "a4"))
                    .as("the address's places are given back")
                    .isEqualTo("a4");
        }
    }

    private void holdUntilReleased() {
        started.release();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String runQuietly(String value, InetAddress from) {
        return runQuietly(pool, value, from);
    }

    private static String runQuietly(HashPool on, String value, InetAddress from) {
        try {
            return on.run(from, () -> value);
        } catch (HashPool.Busy e) {
            return "busy";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void awaitQueued(int n) throws InterruptedException {
        awaitQueued(pool, n);
    }

    private static void awaitQueued(HashPool on, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (on.queued() < n) {
            assertThat(System.nanoTime()).as("work queued in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
