package dev.parley.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.PasswordDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountStoreTest {

    @TempDir
    Path dir;

    private SaltSource salts;
    private AccountStore store;
    private final Object connection = new Object();

    @BeforeEach
    void open() throws Exception {
        salts = SaltSource.fromSecretFile(dir.resolve("server.secret"));
        store = reopen();
    }

    private AccountStore reopen() throws StoreException {
        return AccountStore.open(dir.resolve("accounts.json"), salts, 1_000, Clock.systemUTC());
    }

    @Test
    void registrationIsSavedOnlyWhenThePasswordIsSet() throws Exception {
        assertThat(store.reserve("alice", connection)).isTrue();
        String salt = store.saltFor("alice");
        assertThat(salt).matches("[1-9][0-9]{31}");
        assertThat(Files.exists(dir.resolve("accounts.json"))).isFalse();

        store.completeRegistration("alice", connection, PasswordDigest.clientHash("pw", salt));

        AccountStore reloaded = reopen();
        assertThat(reloaded.isRegistered("alice")).isTrue();
        assertThat(reloaded.saltFor("alice")).isEqualTo(salt);
        assertThat(reloaded.verify("ALICE", PasswordDigest.clientHash("pw", salt)))
                .contains("alice");
        assertThat(reloaded.verify("alice", PasswordDigest.clientHash("wrong", salt)))
                .isEmpty();
    }

    @Test
    void aChangedPasswordIsSavedAtOnceAndTheOldOneNoLongerWorks() throws Exception {
        store.reserve("alice", connection);
        String salt = store.saltFor("alice");
        store.completeRegistration("alice", connection, PasswordDigest.clientHash("old", salt));

        assertThat(store.changePassword("ALICE", PasswordDigest.clientHash("new", salt)))
                .isTrue();
        assertThat(store.changePassword("nobody", PasswordDigest.clientHash("new", salt)))
                .isFalse();

        AccountStore reloaded = reopen();
        assertThat(reloaded.verify("alice", PasswordDigest.clientHash("new", salt)))
                .contains("alice");
        assertThat(reloaded.verify("alice", PasswordDigest.clientHash("old", salt)))
                .isEmpty();
        assertThat(reloaded.saltFor("alice")).isEqualTo(salt);
    }

    @Test
    void fileHoldsNoReplayableClientHash() throws Exception {
        store.reserve("alice", connection);
        String clientHash = PasswordDigest.clientHash("pw", store.saltFor("alice"));
        store.completeRegistration("alice", connection, clientHash);

        assertThat(Files.readString(dir.resolve("accounts.journal")))
                .doesNotContain(clientHash)
                .contains("PBKDF2");
        store.flush();
        assertThat(Files.readString(dir.resolve("accounts.json")))
                .doesNotContain(clientHash)
                .contains("PBKDF2");
    }

    @Test
    void namesAreUniqueIgnoringCase() throws Exception {
        assertThat(store.reserve("Alice", connection)).isTrue();
        assertThat(store.reserve("alice", new Object())).isFalse();
        store.completeRegistration("Alice", connection, "h");
        assertThat(store.reserve("ALICE", new Object())).isFalse();
        assertThat(store.usernames()).containsExactly("Alice");
    }

    @Test
    void onlyTheReservingConnectionCanFinishOrRelease() throws Exception {
        store.reserve("bob", connection);
        Object other = new Object();

        assertThatThrownBy(() -> store.completeRegistration("bob", other, "h"))
                .isInstanceOf(IllegalStateException.class);
        store.release("bob", other);
        assertThat(store.isTaken("bob")).isTrue();

        store.release("bob", connection);
        assertThat(store.isTaken("bob")).isFalse();
    }

    @Test
    void unknownNamesGetAStableSaltThatLooksReal() {
        String first = store.saltFor("nobody");
        assertThat(first).matches("[1-9][0-9]{31}").isEqualTo(store.saltFor("NOBODY"));
        assertThat(store.saltFor("someone-else")).isNotEqualTo(first);
        assertThat(store.verify("nobody", "anything")).isEmpty();
    }

    @Test
    void invalidNamesCannotBeReserved() {
        assertThat(store.reserve("not valid", connection)).isFalse();
        assertThat(store.reserve("", connection)).isFalse();
    }

    @Test
    void loginTimesReachTheFileOnFlush() throws Exception {
        store.reserve("carol", connection);
        store.completeRegistration("carol", connection, "h");
        store.recordLogin("carol", "10.0.0.7");
        store.flush();

        Account carol = reopen().find("carol").orElseThrow();
        assertThat(carol.lastAddress()).isEqualTo("10.0.0.7");
        assertThat(carol.lastSeen()).isNotNull();
    }

    @Test
    void corruptFileStopsTheStoreAndIsNotOverwritten() throws Exception {
        Path file = dir.resolve("accounts.json");
        Files.writeString(file, "{\"format\":1,\"accounts\":[{\"username\":");

        assertThatThrownBy(this::reopen)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("accounts.json")
                .hasMessageContaining("leaves it as it is");
        assertThat(Files.readString(file)).isEqualTo("{\"format\":1,\"accounts\":[{\"username\":");
    }
}
