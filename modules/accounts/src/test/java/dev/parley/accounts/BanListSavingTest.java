package dev.parley.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.accounts.storage.DiskHook;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bans are in force the moment they are made: reads never wait for a save, and a save that fails is retried. */
class BanListSavingTest {

    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    @Test
    void readsDoNotWaitForAStuckSaveAndSeeTheNewBanAtOnce() throws Exception {
        var release = new CountDownLatch(1);
        var stuck = new CountDownLatch(1);
        BanList bans = BanList.open(
                dir.resolve("bans.json"),
                Clock.systemUTC(),
                file -> {
                    stuck.countDown();
                    await(release);
                },
                Duration.ofHours(1));
        var banning = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return bans.add("10.0.0.9", "eve", "", null);
                    } catch (NotSavedException e) {
                        throw new IllegalStateException(e);
                    }
                },
                AccountJournalStoreTest.OWN_THREAD);
        assertThat(stuck.await(WAIT_SECONDS, TimeUnit.SECONDS))
                .as("the save started")
                .isTrue();

        assertThat(within(() -> bans.forAddress(InetAddress.ofLiteral("10.0.0.9"))))
                .isPresent();
        assertThat(within(() -> bans.forUser("EVE"))).isPresent();
        assertThat(within(() -> bans.forAddress(InetAddress.ofLiteral("10.0.0.8"))))
                .isEmpty();
        assertThat(within(bans::active)).hasSize(1);
        assertThat(banning).isNotDone();

        release.countDown();
        assertThat(banning.get(WAIT_SECONDS, TimeUnit.SECONDS).username()).isEqualTo("eve");
        assertThat(Files.readString(dir.resolve("bans.json"))).contains("10.0.0.9");
    }

    @Test
    void aBanThatCannotBeSavedIsInForceAndSavedOnceTheDiskIsBack() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        BanList bans = BanList.open(data.resolve("bans.json"), Clock.systemUTC(), DiskHook.NONE, Duration.ofMillis(20));
        // The folder is gone and a file has its name: every write fails, as on a full or broken disk.
        Files.delete(data);
        Files.writeString(data, "not a folder");

        NotSavedException e =
                catchThrowableOfType(NotSavedException.class, () -> bans.add("10.0.0.5", null, "flood", null));

        assertThat(e.bans())
                .singleElement()
                .satisfies(b -> assertThat(b.address()).isEqualTo("10.0.0.5"));
        assertThat(e.getMessage()).contains("NOT saved to disk", "keeps retrying");
        assertThat(bans.forAddress(InetAddress.ofLiteral("10.0.0.5"))).isPresent();
        assertThat(bans.saveProblem()).isPresent();

        Files.delete(data);
        Files.createDirectories(data);
        waitUntil(() -> bans.saveProblem().isEmpty());
        BanList reloaded = BanList.open(data.resolve("bans.json"), Clock.systemUTC());
        assertThat(reloaded.forAddress(InetAddress.ofLiteral("10.0.0.5"))).isPresent();
    }

    @Test
    void theNextChangeSavesWhatEarlierOnesCouldNot() throws Exception {
        var full = new AtomicBoolean(true);
        BanList bans = BanList.open(
                dir.resolve("bans.json"),
                Clock.systemUTC(),
                file -> {
                    if (full.get()) {
                        throw new IOException("No space left on device");
                    }
                },
                Duration.ofHours(1));
        var _ = catchThrowableOfType(NotSavedException.class, () -> bans.add("10.0.0.1", null, "", null));
        var _ = catchThrowableOfType(NotSavedException.class, () -> bans.add(null, "mallory", "", null));
        assertThat(bans.saveProblem()).contains("No space left on device");

        full.set(false);
        bans.add("10.0.0.2", null, "", null);

        assertThat(bans.saveProblem()).isEmpty();
        assertThat(BanList.open(dir.resolve("bans.json"), Clock.systemUTC()).active())
                .hasSize(3);
    }

    @Test
    void anUnbanThatCannotBeSavedIsInForceAndRetried() throws Exception {
        var full = new AtomicBoolean();
        BanList bans = BanList.open(
                dir.resolve("bans.json"),
                Clock.systemUTC(),
                file -> {
                    if (full.get()) {
                        throw new IOException("No space left on device");
                    }
                },
                Duration.ofMillis(20));
        bans.add("10.0.0.3", "eve", "", null);
        full.set(true);

        NotSavedException e = catchThrowableOfType(NotSavedException.class, () -> bans.remove("eve"));

        assertThat(e.bans()).hasSize(1);
        assertThat(bans.forUser("eve")).isEmpty();
        assertThat(BanList.open(dir.resolve("bans.json"), Clock.systemUTC()).forUser("eve"))
                .isPresent();
        full.set(false);
        waitUntil(() -> bans.saveProblem().isEmpty());
        assertThat(BanList.open(dir.resolve("bans.json"), Clock.systemUTC()).forUser("eve"))
                .isEmpty();
    }

    @Test
    void leftoverTemporaryFilesAreRemovedAtOpen() throws Exception {
        Path leftover = dir.resolve(".bans.json.5551234.tmp");
        Files.writeString(leftover, "{\"format\":1,");

        BanList.open(dir.resolve("bans.json"), Clock.systemUTC());

        assertThat(Files.exists(leftover)).isFalse();
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("test latch never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static <T> T within(AccountJournalStoreTest.ThrowingSupplier<T> work) throws Exception {
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return work.get();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        AccountJournalStoreTest.OWN_THREAD)
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(AccountJournalStoreTest.ThrowingSupplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.get()) {
            assertThat(System.nanoTime())
                    .as("condition within %d s", WAIT_SECONDS)
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
