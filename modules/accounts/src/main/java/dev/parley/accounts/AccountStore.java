package dev.parley.accounts;

import dev.parley.accounts.hashing.Pbkdf2Hasher;
import dev.parley.accounts.storage.AccountJournal;
import dev.parley.accounts.storage.AccountRecord;
import dev.parley.accounts.storage.AccountsDocument;
import dev.parley.accounts.storage.DiskHook;
import dev.parley.accounts.storage.JsonStoreFile;
import dev.parley.accounts.storage.StoredHash;
import dev.parley.files.AtomicFiles;
import dev.parley.protocol.Usernames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts of a room: accounts.json, plus accounts.journal for the accounts registered since that file was last
 * written. A registration first reserves a name for its connection (in memory only); the account reaches the disk
 * when that connection sets its password, and not before, so a registration that never finishes leaves nothing
 * behind. Names are unique ignoring letter case.
 *
 * <p>A registration appends one line to the journal and fsyncs it, so it costs the same at 10 accounts as at
 * 200,000. Now and then (when the journal holds a quarter as many accounts as the room, at least
 * {@value #COMPACT_AT_LEAST}), at open and at {@link #flush()}, a background thread writes the whole of accounts.json
 * again and empties the journal; registrations carry on meanwhile. Lookups read a concurrent map and never wait for
 * the disk.
 */
public final class AccountStore {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStore.class);
    private static final int FORMAT = 1;
    static final int COMPACT_AT_LEAST = 1_000;
    private static final Duration COMPACTION_RETRY = Duration.ofSeconds(30);

    private final JsonStoreFile<AccountsDocument> file;
    private final AccountJournal journal;
    private final Pbkdf2Hasher hasher;
    private final SaltSource salts;
    private final Clock clock;
    private final StoredHash decoy;
    private final int compactAtLeast;
    private final Map<String, AccountRecord> accounts = new ConcurrentHashMap<>();
    /** Guarded by {@code this}, which is only ever held for work in memory. */
    private final Map<String, Reservation> reservations = new HashMap<>();
    /** One snapshot write at a time; neither lookups nor registrations take it. */
    private final ReentrantLock compaction = new ReentrantLock();

    private final AtomicBoolean compactionStarted = new AtomicBoolean();
    /** After a background compaction failed (a full disk), the next waits a while: each one costs a full write. */
    private volatile long noCompactionBefore = System.nanoTime();

    private volatile boolean unsavedLoginTimes;

    /** A name held for one connection's registration; {@code completing} while its account is being written. */
    private static final class Reservation {
        final String username;
        final String salt;
        final Object owner;
        boolean completing;
        boolean released;

        Reservation(String username, String salt, Object owner) {
            this.username = username;
            this.salt = salt;
            this.owner = owner;
        }

        // Identity on purpose: the owner is an opaque token (one connection), equal only to itself.
        @SuppressWarnings("ReferenceEquality")
        boolean heldBy(Object someone) {
            return owner == someone;
        }
    }

    /** How a store meets its disk; tests slow it down or fill it up. */
    record Options(DiskHook hook, int compactAtLeast) {
        static final Options DEFAULT = new Options(DiskHook.NONE, COMPACT_AT_LEAST);
    }

    private AccountStore(
            JsonStoreFile<AccountsDocument> file,
            AccountJournal journal,
            Pbkdf2Hasher hasher,
            SaltSource salts,
            Clock clock,
            int compactAtLeast) {
        this.file = file;
        this.journal = journal;
        this.hasher = hasher;
        this.salts = salts;
        this.clock = clock;
        this.compactAtLeast = compactAtLeast;
        this.decoy = hasher.hash("decoy");
    }

    public static AccountStore open(Path path, SaltSource salts, int hashIterations, Clock clock)
            throws StoreException {
        return open(path, salts, hashIterations, clock, Options.DEFAULT);
    }

    static AccountStore open(Path path, SaltSource salts, int hashIterations, Clock clock, Options options)
            throws StoreException {
        var file = new JsonStoreFile<>(path, AccountsDocument.class, options.hook());
        Path journalPath = journalOf(path);
        // Everything is read before anything is written, so a file that does not read is left as it was.
        AccountsDocument doc = file.read();
        AccountJournal.Contents journaled = AccountJournal.read(journalPath);
        var store = new AccountStore(
                file,
                AccountJournal.open(journalPath, options.hook(), journaled.liveEntries()),
                new Pbkdf2Hasher(hashIterations),
                salts,
                clock,
                options.compactAtLeast());
        if (doc != null) {
            for (AccountRecord r : doc.accounts()) {
                if (r.username() == null || r.salt() == null || r.password() == null) {
                    throw new StoreException(path + " has an account without username, salt or password. "
                            + "Parley leaves the file as it is: fix it or restore it from a backup.");
                }
                if (store.accounts.putIfAbsent(Usernames.key(r.username()), r) != null) {
                    throw new StoreException(path + " has the username \"" + r.username() + "\" twice.");
                }
            }
        }
        for (AccountRecord r : journaled.accounts()) {
            AccountRecord known = store.accounts.putIfAbsent(Usernames.key(r.username()), r);
            if (known != null
                    && !(known.salt().equals(r.salt()) && known.password().equals(r.password()))) {
                throw new StoreException(journalPath + " registers \"" + r.username() + "\", which " + path
                        + " holds with another password. Parley leaves both files as they are: move the journal "
                        + "away to keep the accounts of " + path.getFileName() + ", then start again.");
            }
        }
        try {
            for (Path p : AtomicFiles.removeLeftovers(path)) {
                LOG.info("Removed {}, left by a save that did not finish", p.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("Could not remove leftover temporary files beside {}: {}", path, e.toString());
        }
        if (journaled.anyFile()) {
            try {
                store.compact();
            } catch (IOException e) {
                LOG.warn(
                        "Could not write {} (the accounts stay in {}): {}",
                        path,
                        journalPath.getFileName(),
                        e.toString());
            }
        }
        return store;
    }

    /** accounts.journal beside accounts.json. */
    static Path journalOf(Path accountsFile) {
        String name = accountsFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return accountsFile.resolveSibling(stem + ".journal");
    }

    /** The salt a client hashes its password with: the account's, the pending registration's, or a decoy. */
    public String saltFor(String username) {
        String key = Usernames.key(username);
        // Reservation first: a completing registration puts its account before it drops its reservation.
        Reservation pending;
        synchronized (this) {
            pending = reservations.get(key);
        }
        if (pending != null) {
            return pending.salt;
        }
        AccountRecord account = accounts.get(key);
        return account != null ? account.salt() : salts.derivedSalt(username);
    }

    public boolean isRegistered(String username) {
        return accounts.containsKey(Usernames.key(username));
    }

    /** Registered, or reserved by a registration under way. */
    public boolean isTaken(String username) {
        String key = Usernames.key(username);
        synchronized (this) {
            if (reservations.containsKey(key)) {
                return true;
            }
        }
        return accounts.containsKey(key);
    }

    /** Reserves a free, valid name for {@code owner}; false when it is registered or reserved already. */
    public synchronized boolean reserve(String username, Object owner) {
        Objects.requireNonNull(owner, "owner");
        if (!Usernames.isValid(username) || isTaken(username)) {
            return false;
        }
        reservations.put(Usernames.key(username), new Reservation(username, salts.randomSalt(), owner));
        return true;
    }

    /** Drops the reservation if {@code owner} holds it; an account already saved is not touched. */
    public synchronized void release(String username, Object owner) {
        String key = Usernames.key(username);
        Reservation r = reservations.get(key);
        if (r != null && r.heldBy(owner)) {
            if (r.completing) {
                r.released = true;
            } else {
                reservations.remove(key);
            }
        }
    }

    /**
     * Turns {@code owner}'s reservation into an account with this client hash, and returns once the account is on
     * the disk (one fsynced line of the journal), so an acknowledged registration survives a crash. The name stays
     * reserved while it is written.
     *
     * @return the username as registered
     * @throws IllegalStateException when {@code owner} holds no reservation for the name
     */
    public String completeRegistration(String username, Object owner, String clientHash) throws IOException {
        StoredHash hash = hasher.hash(clientHash);
        String key = Usernames.key(username);
        Reservation r;
        synchronized (this) {
            r = reservations.get(key);
            if (r == null || !r.heldBy(owner) || r.completing) {
                throw new IllegalStateException("no registration of " + username + " is under way here");
            }
            r.completing = true;
        }
        var account = new AccountRecord(r.username, r.salt, hash, clock.instant(), null, null);
        boolean saved = false;
        int journaled;
        try {
            journaled = journal.append(account, () -> accounts.put(key, account));
            saved = true;
        } finally {
            synchronized (this) {
                if (saved || r.released) {
                    reservations.remove(key, r);
                } else {
                    r.completing = false;
                }
            }
        }
        if (journalIsFull(journaled)) {
            compactInBackground();
        }
        return r.username;
    }

    /**
     * Checks a client hash. The slow hash runs without any lock, and runs for unknown names too, so timing does not
     * tell which names exist.
     *
     * @return the username as registered, when the hash is right
     */
    public Optional<String> verify(String username, String clientHash) {
        AccountRecord account = accounts.get(Usernames.key(username));
        if (account == null) {
            hasher.matches(clientHash, decoy);
            return Optional.empty();
        }
        return hasher.matches(clientHash, account.password()) ? Optional.of(account.username()) : Optional.empty();
    }

    /** Notes a login's time and address; they reach accounts.json with its next write, at the latest {@link #flush()}. */
    public void recordLogin(String username, String address) {
        if (accounts.computeIfPresent(
                        Usernames.key(username),
                        (key, a) -> new AccountRecord(
                                a.username(), a.salt(), a.password(), a.created(), clock.instant(), address))
                != null) {
            unsavedLoginTimes = true;
        }
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(Usernames.key(username)))
                .map(a -> new Account(a.username(), a.created(), a.lastSeen(), a.lastAddress()));
    }

    /**
     * Gives an account a new password ({@code clientHash}, as a login sends it, made with the account's salt) and
     * writes accounts.json at once, before returning; for the host setting the owner's password. A rare change,
     * so it is saved whole rather than journaled (the journal holds new accounts only).
     *
     * @return false when there is no such account
     */
    public boolean changePassword(String username, String clientHash) throws IOException {
        StoredHash hash = hasher.hash(clientHash);
        AccountRecord changed = accounts.computeIfPresent(
                Usernames.key(username),
                (key, a) ->
                        new AccountRecord(a.username(), a.salt(), hash, a.created(), a.lastSeen(), a.lastAddress()));
        if (changed == null) {
            return false;
        }
        unsavedLoginTimes = true;
        compact();
        return true;
    }

    /** Every registered username, as registered. */
    public List<String> usernames() {
        var out = new ArrayList<String>(accounts.size());
        for (AccountRecord a : accounts.values()) {
            out.add(a.username());
        }
        return out;
    }

    /**
     * Writes accounts.json with every account and login time, and empties the journal; for a clean shutdown. Waits
     * for a compaction under way.
     */
    public void flush() throws IOException {
        compact();
    }

    private boolean journalIsFull(int journaled) {
        return journaled >= Math.max(compactAtLeast, accounts.size() / 4);
    }

    private void compactInBackground() {
        if (System.nanoTime() - noCompactionBefore < 0 || !compactionStarted.compareAndSet(false, true)) {
            return;
        }
        // A platform thread: writing 80 MB of JSON is CPU work that would pin one of the room's virtual-thread
        // carriers.
        Thread.ofPlatform().daemon().name("accounts-compaction").start(() -> {
            try {
                compact();
            } catch (IOException e) {
                noCompactionBefore = System.nanoTime() + COMPACTION_RETRY.toNanos();
                LOG.warn(
                        "Could not write {} (the accounts are safe in {}; Parley tries again in {} s): {}",
                        file.path(),
                        journal.path().getFileName(),
                        COMPACTION_RETRY.toSeconds(),
                        e.toString());
            } catch (RuntimeException e) {
                LOG.error("Writing {} failed", file.path(), e);
            } finally {
                compactionStarted.set(false);
            }
            // Registrations that filled the new journal meanwhile found this compaction running and left it be.
            if (journalIsFull(journal.entries())) {
                compactInBackground();
            }
        });
    }

    /**
     * Seals the journal, writes every account to accounts.json, then deletes the sealed journal. Every sealed account
     * is in memory by then ({@link AccountJournal#append} puts it there before letting a seal in), so the snapshot
     * holds it; accounts registered while it is written go to the new journal, and may be in both.
     */
    private void compact() throws IOException {
        compaction.lock();
        try {
            boolean loginTimes = unsavedLoginTimes;
            unsavedLoginTimes = false;
            AccountJournal.Sealed sealed = journal.seal();
            if (sealed.files().isEmpty() && !loginTimes) {
                return;
            }
            try {
                var list = new ArrayList<>(accounts.values());
                list.sort(Comparator.comparing(a -> Usernames.key(a.username())));
                file.write(new AccountsDocument(FORMAT, list));
            } catch (IOException | RuntimeException e) {
                unsavedLoginTimes |= loginTimes;
                throw e;
            }
            journal.delete(sealed);
        } finally {
            compaction.unlock();
        }
    }
}
