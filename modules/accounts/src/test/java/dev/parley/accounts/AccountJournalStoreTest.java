package dev.parley.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.accounts.storage.DiskHook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** accounts.journal: what a registration writes, how it is read back, folded into accounts.json, and survived. */
class AccountJournalStoreTest {

    private static final long WAIT_SECONDS = 30;
    /** Each task on a thread of its own: the common pool may have one thread, which a stuck task would hold. */
    static final java.util.concurrent.Executor OWN_THREAD =
            r -> Thread.ofPlatform().daemon().start(r);

    @TempDir
    Path dir;

    private SaltSource salts;
    private Path accountsFile;
    private Path journal;

    @BeforeEach
    void setUp() throws Exception {
        salts = SaltSource.fromSecretFile(dir.resolve("server.secret"));
        accountsFile = dir.resolve("accounts.json");
        journal = dir.resolve("accounts.journal");
    }

    private AccountStore open() throws StoreException {
        return open(DiskHook.NONE, AccountStore.COMPACT_AT_LEAST);
    }

    private AccountStore open(DiskHook hook, int compactAtLeast) throws StoreException {
        return AccountStore.open(
                accountsFile, salts, 1, Clock.systemUTC(), new AccountStore.Options(hook, compactAtLeast));
    }

    private static void register(AccountStore store, String name) throws IOException {
        Object owner = new Object();
        assertThat(store.reserve(name, owner)).as("reserve %s", name).isTrue();
        store.completeRegistration(name, owner, "hash-of-" + name);
    }

    @Test
    void aRegistrationAppendsOneLineAndLeavesTheSnapshotAlone() throws Exception {
        AccountStore store = open();
        register(store, "alice");
        register(store, "bob");

        assertThat(Files.exists(accountsFile)).isFalse();
        assertThat(Files.readAllLines(journal))
                .hasSize(2)
                .allSatisfy(
                        line -> assertThat(line).startsWith("{\"username\":").endsWith("}"));
        assertThat(journalLines()).isEqualTo(2);
    }

    @Test
    void openReplaysTheJournalThenFoldsItIntoTheSnapshot() throws Exception {
        AccountStore store = open();
        register(store, "alice");
        String salt = store.saltFor("alice");

        AccountStore reopened = open();

        assertThat(reopened.isRegistered("alice")).isTrue();
        assertThat(reopened.saltFor("alice")).isEqualTo(salt);
        assertThat(reopened.verify("alice", "hash-of-alice")).contains("alice");
        assertThat(Files.readString(accountsFile)).contains("\"alice\"");
        assertThat(Files.exists(journal)).isFalse();
    }

    @Test
    void aFullJournalIsFoldedInTheBackgroundWhileRegistrationsGoOn() throws Exception {
        AccountStore store = open(DiskHook.NONE, 5);
        for (int i = 0; i < 12; i++) {
            register(store, "user" + i);
        }
        waitUntil(() -> journalLines() < 5 && Files.exists(accountsFile) && sealedFiles() == 0);

        String snapshot = Files.readString(accountsFile);
        assertThat(snapshot).contains("\"user0\"", "\"user4\"");
        AccountStore reopened = open();
        for (int i = 0; i < 12; i++) {
            assertThat(reopened.isRegistered("user" + i)).as("user%d", i).isTrue();
        }
    }

    @Test
    void flushWritesLoginTimesAndEmptiesTheJournal() throws Exception {
        AccountStore store = open();
        register(store, "carol");
        store.recordLogin("carol", "10.0.0.7");

        store.flush();

        assertThat(journalLines()).isZero();
        assertThat(Files.exists(journal)).isFalse();
        assertThat(Files.readString(accountsFile)).contains("\"carol\"", "10.0.0.7");
    }

    @Test
    void aTornLastLineIsSkipped() throws Exception {
        AccountStore store = open();
        register(store, "alice");
        register(store, "bob");
        Files.writeString(journal, "{\"username\":\"carol\",\"salt\":\"12", StandardOpenOption.APPEND);

        AccountStore reopened = open();

        assertThat(reopened.usernames()).containsExactlyInAnyOrder("alice", "bob");
        register(reopened, "carol");
        assertThat(open().usernames()).containsExactlyInAnyOrder("alice", "bob", "carol");
    }

    @Test
    void aBadLineInsideTheJournalStopsTheOpenAndNothingIsTouched() throws Exception {
        AccountStore store = open();
        register(store, "alice");
        store.flush();
        register(store, "bob");
        String good = Files.readString(journal);
        String bad = "{\"username\":\"ca\u0000\n" + good;
        Files.writeString(journal, bad);
        byte[] snapshot = Files.readAllBytes(accountsFile);

        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("accounts.journal")
                .hasMessageContaining("line 1")
                .hasMessageContaining("leaves it as it is");
        assertThat(Files.readString(journal)).isEqualTo(bad);
        assertThat(Files.readAllBytes(accountsFile)).isEqualTo(snapshot);
    }

    @Test
    void aJournalLineWithoutPasswordStopsTheOpen() throws Exception {
        Files.writeString(journal, "{\"username\":\"alice\",\"salt\":\"1\"}\n");

        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("without username, salt or password");
        assertThat(Files.exists(journal)).isTrue();
    }

    @Test
    void anAccountInBothSnapshotAndJournalIsReadOnce() throws Exception {
        AccountStore store = open();
        register(store, "alice");
        String line = Files.readString(journal);
        store.flush();
        // As after a crash between writing the snapshot and deleting the sealed journal.
        Files.writeString(dir.resolve("accounts.journal.7"), line);

        assertThat(open().usernames()).containsExactly("alice");
        assertThat(Files.exists(dir.resolve("accounts.journal.7"))).isFalse();
    }

    @Test
    void aJournalThatContradictsTheSnapshotStopsTheOpen() throws Exception {
        AccountStore store = open();
        register(store, "alice");
        store.flush();
        Files.writeString(
                journal,
                "{\"username\":\"Alice\",\"salt\":\"99\",\"password\":{\"algorithm\":"
                        + "\"PBKDF2WithHmacSHA256\",\"iterations\":1,\"salt\":\"c2FsdA==\",\"hash\":\"aGFzaA==\"}}\n");

        assertThatThrownBy(this::open).isInstanceOf(StoreException.class).hasMessageContaining("another password");
    }

    @Test
    void sealedJournalsAreReadBeforeTheLiveOne() throws Exception {
        AccountStore store = open();
        register(store, "alice");
        register(store, "bob");
        register(store, "carol");
        var lines = Files.readAllLines(journal);
        // As after compactions that sealed the journal and then could not write the snapshot.
        Files.writeString(dir.resolve("accounts.journal.2"), lines.get(0) + "\n");
        Files.writeString(dir.resolve("accounts.journal.10"), lines.get(1) + "\n");
        Files.writeString(journal, lines.get(2) + "\n");

        assertThat(open().usernames()).containsExactlyInAnyOrder("alice", "bob", "carol");
        assertThat(sealedFiles()).isZero();
    }

    @Test
    void leftoverTemporaryFilesAreRemovedAtOpen() throws Exception {
        Path leftover = dir.resolve(".accounts.json.8123456.tmp");
        Path unrelated = dir.resolve(".notes.txt.1.tmp");
        Files.writeString(leftover, "{\"format\":1,\"acc");
        Files.writeString(unrelated, "keep me");

        open();

        assertThat(Files.exists(leftover)).isFalse();
        assertThat(Files.exists(unrelated)).isTrue();
    }

    @Test
    void aFailedAppendRegistersNothingAndKeepsTheName() throws Exception {
        var failNext = new AtomicReference<IOException>(new IOException("No space left on device"));
        AccountStore store = open(
                file -> {
                    IOException e = failNext.getAndSet(null);
                    if (e != null) {
                        throw e;
                    }
                },
                AccountStore.COMPACT_AT_LEAST);
        Object owner = new Object();
        store.reserve("dave", owner);

        assertThatThrownBy(() -> store.completeRegistration("dave", owner, "h")).hasMessageContaining("No space left");
        assertThat(store.isRegistered("dave")).isFalse();
        assertThat(store.isTaken("dave")).as("still reserved for its owner").isTrue();
        assertThat(store.reserve("dave", new Object())).isFalse();

        assertThat(store.completeRegistration("dave", owner, "h")).isEqualTo("dave");
        assertThat(open().isRegistered("dave")).isTrue();
    }

    @Test
    void lookupsDoNotWaitForAStuckJournalWrite() throws Exception {
        var release = new CountDownLatch(1);
        var stuck = new CountDownLatch(1);
        var armed = new AtomicBoolean();
        AccountStore store = open(
                file -> {
                    if (armed.get()) {
                        stuck.countDown();
                        await(release);
                    }
                },
                AccountStore.COMPACT_AT_LEAST);
        register(store, "bob");
        armed.set(true);
        Object owner = new Object();
        store.reserve("alice", owner);
        String aliceSalt = store.saltFor("alice");
        var registering = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return store.completeRegistration("alice", owner, "h");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                },
                OWN_THREAD);
        assertThat(stuck.await(WAIT_SECONDS, TimeUnit.SECONDS))
                .as("the append started")
                .isTrue();

        assertThat(within(() -> store.isTaken("alice"))).isTrue();
        assertThat(within(() -> store.saltFor("alice"))).isEqualTo(aliceSalt);
        assertThat(within(() -> store.isTaken("carol"))).isFalse();
        assertThat(within(() -> store.find("bob"))).isPresent();
        assertThat(within(() -> store.verify("bob", "hash-of-bob"))).contains("bob");
        assertThat(within(store::usernames)).containsExactly("bob");
        assertThat(within(() -> store.reserve("carol", new Object()))).isTrue();
        assertThat(registering).isNotDone();

        release.countDown();
        assertThat(registering.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("alice");
        assertThat(store.isRegistered("alice")).isTrue();
    }

    @Test
    void registrationsCarryOnWhileTheSnapshotWriteIsStuck() throws Exception {
        var release = new CountDownLatch(1);
        var stuck = new CountDownLatch(1);
        AccountStore store = open(
                file -> {
                    if (file.getFileName().toString().equals("accounts.json")) {
                        stuck.countDown();
                        await(release);
                    }
                },
                2);
        register(store, "a1");
        register(store, "a2");
        assertThat(stuck.await(WAIT_SECONDS, TimeUnit.SECONDS))
                .as("the background compaction started")
                .isTrue();

        for (int i = 3; i <= 6; i++) {
            String name = "a" + i;
            within(() -> {
                register(store, name);
                return name;
            });
        }
        assertThat(Files.exists(accountsFile)).isFalse();

        release.countDown();
        waitUntil(() -> Files.exists(accountsFile) && sealedFiles() == 0);
        store.flush();
        assertThat(open().usernames()).containsExactlyInAnyOrder("a1", "a2", "a3", "a4", "a5", "a6");
    }

    @Test
    void aReleaseDuringTheWriteDropsTheNameOnlyIfTheWriteFails() throws Exception {
        var release = new CountDownLatch(1);
        var stuck = new CountDownLatch(1);
        AccountStore store = open(
                file -> {
                    stuck.countDown();
                    await(release);
                    throw new IOException("No space left on device");
                },
                AccountStore.COMPACT_AT_LEAST);
        Object owner = new Object();
        store.reserve("erin", owner);
        var registering = CompletableFuture.runAsync(
                () -> {
                    try {
                        store.completeRegistration("erin", owner, "h");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                },
                OWN_THREAD);
        assertThat(stuck.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        store.release("erin", owner);
        assertThat(store.isTaken("erin")).as("still being written").isTrue();

        release.countDown();
        assertThatThrownBy(() -> registering.get(WAIT_SECONDS, TimeUnit.SECONDS))
                .hasMessageContaining("No space");
        assertThat(store.isTaken("erin")).isFalse();
    }

    private long sealedFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("accounts\\.journal\\.[0-9]+"))
                    .count();
        }
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

    /** Runs {@code work} on another thread and fails the test if it does not finish in time (it waits on a lock). */
    private static <T> T within(ThrowingSupplier<T> work) throws Exception {
        var f = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return work.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                OWN_THREAD);
        return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(ThrowingSupplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.get()) {
            assertThat(System.nanoTime())
                    .as("condition within %d s", WAIT_SECONDS)
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** Accounts in the live journal, not yet folded into accounts.json. */
    private long journalLines() throws IOException {
        return Files.exists(journal) ? Files.readAllLines(journal).size() : 0;
    }
}
