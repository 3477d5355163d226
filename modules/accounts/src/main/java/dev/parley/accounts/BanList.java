package dev.parley.accounts;

import dev.parley.accounts.storage.BanRecord;
import dev.parley.accounts.storage.BansDocument;
import dev.parley.accounts.storage.DiskHook;
import dev.parley.accounts.storage.JsonStoreFile;
import dev.parley.files.AtomicFiles;
import dev.parley.protocol.Usernames;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room's bans, kept in bans.json. Expired bans stop counting at once and leave the file with its next save.
 *
 * <p>Every request checks the bans, so reading them takes no lock: they are an immutable snapshot behind a volatile
 * reference. A change builds the next snapshot, publishes it (it is in force from then on), and only then saves it,
 * holding nothing a reader waits for. When the save fails the change stays in force, the caller gets a
 * {@link NotSavedException}, and the list saves again on its next change and on a timer (1 s, doubling up to a
 * minute) until it succeeds.
 */
public final class BanList {

    private static final Logger LOG = LoggerFactory.getLogger(BanList.class);
    private static final int FORMAT = 1;
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
    /**
     * Hex groups and colons (two at least), perhaps ending in a dotted quad, perhaps with a scope ("%eth0", which a
     * link-local peer's address carries and a ban drops); the JDK checks the rest.
     */
    private static final Pattern IPV6 = Pattern.compile(
            "(?=(?:[^:]*:){2})([0-9A-Fa-f:]+(?::" + OCTET + "(?:\\." + OCTET + "){3})?)(?:%[0-9A-Za-z_.-]+)?");

    private record Snapshot(long version, List<Ban> bans, BanIndex index) {
        Snapshot(long version, List<Ban> bans) {
            this(version, bans, new BanIndex(bans));
        }
    }

    private final JsonStoreFile<BansDocument> file;
    private final Clock clock;
    private volatile Snapshot current;
    /** Changes build their snapshots one at a time. Readers never take it. */
    private final Object changes = new Object();
    /** Saves run one at a time. Readers never take it; changes take it only after publishing. */
    private final ReentrantLock saving = new ReentrantLock();

    private long savedVersion;
    private volatile IOException saveProblem;
    private final SaveRetry retry;

    private BanList(JsonStoreFile<BansDocument> file, Clock clock, List<Ban> bans, Duration firstRetry) {
        this.file = file;
        this.clock = clock;
        this.current = new Snapshot(0, List.copyOf(bans));
        this.retry = new SaveRetry(this::retrySave, firstRetry, Duration.ofMinutes(1));
    }

    public static BanList open(Path path, Clock clock) throws StoreException {
        return open(path, clock, DiskHook.NONE, Duration.ofSeconds(1));
    }

    /** With a hook before each write and the first retry's delay, for tests. */
    static BanList open(Path path, Clock clock, DiskHook hook, Duration firstRetry) throws StoreException {
        var file = new JsonStoreFile<>(path, BansDocument.class, hook);
        BansDocument doc = file.read();
        var bans = new ArrayList<Ban>();
        if (doc != null) {
            for (BanRecord r : doc.bans()) {
                String address = r.address();
                if (address != null) {
                    try {
                        address = normalizeAddressOrRange(address);
                    } catch (IllegalArgumentException e) {
                        throw new StoreException(path + " bans \"" + address
                                + "\", which is not an IP address or range: " + e.getMessage());
                    }
                }
                if (address == null && r.username() == null) {
                    throw new StoreException(path + " has a ban with neither address nor username.");
                }
                bans.add(new Ban(
                        address,
                        r.username(),
                        r.reason() == null ? "" : r.reason(),
                        r.created() == null ? Instant.EPOCH : r.created(),
                        r.expires()));
            }
        }
        try {
            for (Path p : AtomicFiles.removeLeftovers(path)) {
                LOG.info("Removed {}, left by a save that did not finish", p.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("Could not remove leftover temporary files beside {}: {}", path, e.toString());
        }
        return new BanList(file, clock, bans, firstRetry);
    }

    /**
     * "192.168.0.7", "::1", "[0:0::1]" and such become one canonical text. Only a full address counts: four decimal
     * numbers 0-255 without leading zeros (which some tools read as octal), or IPv6 text (a scope such as "%eth0" is
     * dropped: a ban names the address whatever the interface). The shorthands the JDK
     * also reads ("10.7" for 10.0.0.7, "2130706441", "127.1") are refused, as is anything else; nothing is looked up.
     *
     * @throws IllegalArgumentException when the text is not such an address
     */
    public static String normalizeAddress(String literal) {
        String text = literal.strip();
        boolean bracketed = text.startsWith("[") && text.endsWith("]");
        if (bracketed) {
            text = text.substring(1, text.length() - 1);
        }
        Matcher v6 = IPV6.matcher(text);
        boolean v4 = !bracketed && IPV4.matcher(text).matches();
        if (v4 || v6.matches()) {
            try {
                return InetAddress.ofLiteral(v4 ? text : v6.group(1)).getHostAddress();
            } catch (IllegalArgumentException e) {
                // shaped like IPv6 but not one ("1::2::3"): said below
            }
        }
        throw new IllegalArgumentException("\"" + literal.strip() + "\" is not an IP address (four numbers 0-255 "
                + "like 192.168.0.7, or IPv6 like fe80::1)");
    }

    /**
     * An address as {@link #normalizeAddress} writes it, or a network ("192.168.1.0/24", "2001:db8::/32") as
     * {@link AddressRange#parse} reads and {@link AddressRange#toString} writes it. A network of one address
     * ("10.0.0.7/32") is that address.
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static String normalizeAddressOrRange(String text) {
        return AddressRange.looksLikeRange(text) ? AddressRange.parse(text).toString() : normalizeAddress(text);
    }

    /** True when the text is a full IPv4 or IPv6 address (as a ban target), not a username. */
    public static boolean isAddress(String text) {
        try {
            normalizeAddress(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Bans an address or a network ({@link #normalizeAddressOrRange}), a user, or a user together with their
     * address. The ban is in force when this returns, even
     * when it throws {@link NotSavedException}.
     *
     * @param duration how long; null for a ban without end
     * @throws NotSavedException when the ban is in force but could not be saved; the list keeps trying
     */
    public Ban add(String address, String username, String reason, Duration duration) throws NotSavedException {
        if (address == null && username == null) {
            throw new IllegalArgumentException("a ban needs an address or a username");
        }
        Instant now = clock.instant();
        var ban = new Ban(
                address == null ? null : normalizeAddressOrRange(address),
                username,
                reason == null ? "" : reason.strip(),
                now,
                duration == null ? null : now.plus(duration));
        synchronized (changes) {
            Snapshot s = current;
            var next = new ArrayList<Ban>(s.bans().size() + 1);
            s.bans().stream().filter(b -> b.activeAt(now)).forEach(next::add);
            next.add(ban);
            current = new Snapshot(s.version() + 1, List.copyOf(next));
        }
        saveAfter(List.of(ban));
        return ban;
    }

    /**
     * Lifts every ban of this address, network (as banned: "10.0.0.0/8", not an address inside it) or username; returns what was lifted. Lifted when this returns, even when it
     * throws {@link NotSavedException}.
     *
     * @throws NotSavedException when the bans are lifted but that could not be saved; the list keeps trying
     */
    public List<Ban> remove(String addressOrUsername) throws NotSavedException {
        String address = tryNormalize(addressOrUsername);
        String key = Usernames.key(addressOrUsername.strip());
        List<Ban> removed;
        synchronized (changes) {
            Snapshot s = current;
            removed = s.bans().stream()
                    .filter(b -> (address != null && address.equals(b.address()))
                            || (b.username() != null
                                    && Usernames.key(b.username()).equals(key)))
                    .toList();
            if (removed.isEmpty()) {
                return removed;
            }
            current = new Snapshot(
                    s.version() + 1,
                    s.bans().stream().filter(b -> !removed.contains(b)).toList());
        }
        saveAfter(removed);
        return removed;
    }

    public List<Ban> active() {
        Instant now = clock.instant();
        return current.bans().stream().filter(b -> b.activeAt(now)).toList();
    }

    /**
     * A ban in force of this address or of a network holding it. Cheap enough for every connection and request:
     * a few hash lookups, however many bans there are (see {@link BanIndex}). A link-local peer's interface
     * ("fe80::1%2") does not matter: bans name the address.
     */
    public Optional<Ban> forAddress(InetAddress address) {
        return current.index().find(address, clock.instant());
    }

    public Optional<Ban> forUser(String username) {
        String key = Usernames.key(username);
        Instant now = clock.instant();
        return current.bans().stream()
                .filter(b -> b.username() != null && Usernames.key(b.username()).equals(key) && b.activeAt(now))
                .findFirst();
    }

    /** Why the bans in force are not all on disk, while that is so; empty once a save succeeded. */
    public Optional<String> saveProblem() {
        IOException problem = saveProblem;
        return problem == null ? Optional.empty() : Optional.of(describe(problem));
    }

    private static String tryNormalize(String text) {
        try {
            return normalizeAddressOrRange(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void saveAfter(List<Ban> changed) throws NotSavedException {
        try {
            saveLatest();
        } catch (IOException e) {
            throw new NotSavedException(changed, e);
        }
    }

    private void retrySave() {
        try {
            saveLatest();
            LOG.info("Saved the bans to {} after all", file.path());
        } catch (IOException e) {
            LOG.debug("Still cannot save {}: {}", file.path(), e.toString());
        }
    }

    /** Saves the newest snapshot unless a save already did; several changes during one save share the next. */
    private void saveLatest() throws IOException {
        saving.lock();
        try {
            Snapshot s = current;
            if (s.version() <= savedVersion) {
                return;
            }
            Instant now = clock.instant();
            try {
                file.write(new BansDocument(
                        FORMAT,
                        s.bans().stream()
                                .filter(b -> b.activeAt(now))
                                .map(b ->
                                        new BanRecord(b.address(), b.username(), b.reason(), b.created(), b.expires()))
                                .toList()));
            } catch (IOException e) {
                if (saveProblem == null) {
                    LOG.warn(
                            "Could not save {}; the bans are in force and Parley keeps retrying: {}",
                            file.path(),
                            describe(e));
                }
                saveProblem = e;
                retry.failed();
                throw e;
            }
            savedVersion = s.version();
            saveProblem = null;
            retry.succeeded();
        } finally {
            saving.unlock();
        }
    }

    /** "No space left on device", "permission denied: /data/bans.json" and such. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return String.valueOf(e.getMessage());
    }
}
