package dev.parley.accounts;

import dev.parley.accounts.storage.BanRecord;
import dev.parley.accounts.storage.BansDocument;
import dev.parley.accounts.storage.JsonStoreFile;
import dev.parley.protocol.Usernames;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The room's bans, kept in bans.json. Expired bans stop counting at once and leave the file with its next save. */
public final class BanList {

    private static final int FORMAT = 1;

    private final JsonStoreFile<BansDocument> file;
    private final Clock clock;
    private final List<Ban> bans = new ArrayList<>();

    private BanList(JsonStoreFile<BansDocument> file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public static BanList open(Path path, Clock clock) throws StoreException {
        var list = new BanList(new JsonStoreFile<>(path, BansDocument.class), clock);
        BansDocument doc = list.file.read();
        if (doc != null) {
            for (BanRecord r : doc.bans()) {
                String address = r.address();
                if (address != null) {
                    try {
                        address = normalizeAddress(address);
                    } catch (IllegalArgumentException e) {
                        throw new StoreException(path + " bans \"" + address + "\", which is not an IP address.");
                    }
                }
                if (address == null && r.username() == null) {
                    throw new StoreException(path + " has a ban with neither address nor username.");
                }
                list.bans.add(new Ban(address, r.username(), r.reason() == null ? "" : r.reason(),
                        r.created() == null ? Instant.EPOCH : r.created(), r.expires()));
            }
        }
        return list;
    }

    /** "192.168.0.7", "::1", "0:0::1" and such become one canonical text; anything else is refused, never looked up. */
    public static String normalizeAddress(String literal) {
        String text = literal.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return InetAddress.ofLiteral(text).getHostAddress();
    }

    /** True when the text is an IPv4 or IPv6 address (as a ban target), not a username. */
    public static boolean isAddress(String text) {
        return tryNormalize(text) != null;
    }

    /**
     * Bans an address, a user, or a user together with their address.
     *
     * @param duration how long; null for a ban without end
     */
    public synchronized Ban add(String address, String username, String reason, Duration duration) throws IOException {
        if (address == null && username == null) {
            throw new IllegalArgumentException("a ban needs an address or a username");
        }
        Instant now = clock.instant();
        var ban = new Ban(address == null ? null : normalizeAddress(address), username,
                reason == null ? "" : reason.strip(), now, duration == null ? null : now.plus(duration));
        bans.add(ban);
        try {
            save();
        } catch (IOException e) {
            bans.remove(ban);
            throw e;
        }
        return ban;
    }

    /** Lifts every ban of this address or username; returns what was lifted. */
    public synchronized List<Ban> remove(String addressOrUsername) throws IOException {
        String address = tryNormalize(addressOrUsername);
        var removed = new ArrayList<Ban>();
        for (Ban b : bans) {
            boolean byAddress = address != null && address.equals(b.address());
            boolean byUser = b.username() != null
                    && Usernames.key(b.username()).equals(Usernames.key(addressOrUsername.strip()));
            if (byAddress || byUser) {
                removed.add(b);
            }
        }
        if (!removed.isEmpty()) {
            bans.removeAll(removed);
            try {
                save();
            } catch (IOException e) {
                bans.addAll(removed);
                throw e;
            }
        }
        return removed;
    }

    public synchronized List<Ban> active() {
        Instant now = clock.instant();
        return bans.stream().filter(b -> b.activeAt(now)).toList();
    }

    public synchronized Optional<Ban> forAddress(InetAddress address) {
        String text = address.getHostAddress();
        Instant now = clock.instant();
        return bans.stream().filter(b -> text.equals(b.address()) && b.activeAt(now)).findFirst();
    }

    public synchronized Optional<Ban> forUser(String username) {
        String key = Usernames.key(username);
        Instant now = clock.instant();
        return bans.stream()
                .filter(b -> b.username() != null && Usernames.key(b.username()).equals(key) && b.activeAt(now))
                .findFirst();
    }

    private static String tryNormalize(String text) {
        try {
            return normalizeAddress(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void save() throws IOException {
        Instant now = clock.instant();
        bans.removeIf(b -> !b.activeAt(now));
        file.write(new BansDocument(FORMAT, bans.stream()
                .map(b -> new BanRecord(b.address(), b.username(), b.reason(), b.created(), b.expires()))
                .toList()));
    }
}
