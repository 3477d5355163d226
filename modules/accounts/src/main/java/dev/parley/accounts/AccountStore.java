package dev.parley.accounts;

import dev.parley.accounts.hashing.Pbkdf2Hasher;
import dev.parley.accounts.storage.AccountRecord;
import dev.parley.accounts.storage.AccountsDocument;
import dev.parley.accounts.storage.JsonStoreFile;
import dev.parley.accounts.storage.StoredHash;
import dev.parley.protocol.Usernames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The accounts of a room, kept in accounts.json. A registration first reserves a name for its connection (in
 * memory only); the account reaches the file when that connection sets its password, and not before, so a
 * registration that never finishes leaves nothing behind. Names are unique ignoring letter case.
 */
public final class AccountStore {

    private static final int FORMAT = 1;

    private final JsonStoreFile<AccountsDocument> file;
    private final Pbkdf2Hasher hasher;
    private final SaltSource salts;
    private final Clock clock;
    private final StoredHash decoy;
    private final Map<String, AccountRecord> accounts = new HashMap<>();
    private final Map<String, Reservation> reservations = new HashMap<>();
    private boolean unsavedLoginTimes;

    private record Reservation(String username, String salt, Object owner) {
    }

    private AccountStore(JsonStoreFile<AccountsDocument> file, Pbkdf2Hasher hasher, SaltSource salts, Clock clock) {
        this.file = file;
        this.hasher = hasher;
        this.salts = salts;
        this.clock = clock;
        this.decoy = hasher.hash("decoy");
    }

    public static AccountStore open(Path path, SaltSource salts, int hashIterations, Clock clock)
            throws StoreException {
        var store = new AccountStore(new JsonStoreFile<>(path, AccountsDocument.class),
                new Pbkdf2Hasher(hashIterations), salts, clock);
        AccountsDocument doc = store.file.read();
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
        return store;
    }

    /** The salt a client hashes its password with: the account's, the pending registration's, or a decoy. */
    public synchronized String saltFor(String username) {
        String key = Usernames.key(username);
        AccountRecord account = accounts.get(key);
        if (account != null) {
            return account.salt();
        }
        Reservation pending = reservations.get(key);
        return pending != null ? pending.salt() : salts.derivedSalt(username);
    }

    public synchronized boolean isRegistered(String username) {
        return accounts.containsKey(Usernames.key(username));
    }

    /** Registered, or reserved by a registration under way. */
    public synchronized boolean isTaken(String username) {
        String key = Usernames.key(username);
        return accounts.containsKey(key) || reservations.containsKey(key);
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

    public synchronized boolean isReservedBy(String username, Object owner) {
        Reservation r = reservations.get(Usernames.key(username));
        return r != null && r.owner() == owner;
    }

    /** Drops the reservation if {@code owner} holds it; an account already saved is not touched. */
    public synchronized void release(String username, Object owner) {
        String key = Usernames.key(username);
        Reservation r = reservations.get(key);
        if (r != null && r.owner() == owner) {
            reservations.remove(key);
        }
    }

    /**
     * Turns {@code owner}'s reservation into an account with this client hash and saves the file before it
     * returns, so an acknowledged registration survives a crash.
     *
     * @return the username as registered
     * @throws IllegalStateException when {@code owner} holds no reservation for the name
     */
    public String completeRegistration(String username, Object owner, String clientHash) throws IOException {
        StoredHash hash = hasher.hash(clientHash);
        synchronized (this) {
            String key = Usernames.key(username);
            Reservation r = reservations.get(key);
            if (r == null || r.owner() != owner) {
                throw new IllegalStateException("no registration of " + username + " is under way here");
            }
            Instant now = clock.instant();
            accounts.put(key, new AccountRecord(r.username(), r.salt(), hash, now, null, null));
            try {
                save();
            } catch (IOException e) {
                accounts.remove(key);
                throw e;
            }
            reservations.remove(key);
            return r.username();
        }
    }

    /**
     * Checks a client hash. The slow hash runs outside the lock, and runs for unknown names too, so timing does
     * not tell which names exist.
     *
     * @return the username as registered, when the hash is right
     */
    public Optional<String> verify(String username, String clientHash) {
        AccountRecord account;
        synchronized (this) {
            account = accounts.get(Usernames.key(username));
        }
        if (account == null) {
            hasher.matches(clientHash, decoy);
            return Optional.empty();
        }
        return hasher.matches(clientHash, account.password()) ? Optional.of(account.username()) : Optional.empty();
    }

    /** Notes a login's time and address; they reach the file with the next save or {@link #flush()}. */
    public synchronized void recordLogin(String username, String address) {
        String key = Usernames.key(username);
        AccountRecord a = accounts.get(key);
        if (a != null) {
            accounts.put(key, new AccountRecord(a.username(), a.salt(), a.password(), a.created(), clock.instant(),
                    address));
            unsavedLoginTimes = true;
        }
    }

    public synchronized Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(Usernames.key(username)))
                .map(a -> new Account(a.username(), a.created(), a.lastSeen(), a.lastAddress()));
    }

    /** Every registered username, as registered. */
    public synchronized List<String> usernames() {
        var out = new ArrayList<String>(accounts.size());
        for (AccountRecord a : accounts.values()) {
            out.add(a.username());
        }
        return out;
    }

    public synchronized void flush() throws IOException {
        if (unsavedLoginTimes) {
            save();
        }
    }

    private void save() throws IOException {
        var list = new ArrayList<>(accounts.values());
        list.sort(Comparator.comparing(a -> Usernames.key(a.username())));
        file.write(new AccountsDocument(FORMAT, list));
        unsavedLoginTimes = false;
    }
}
