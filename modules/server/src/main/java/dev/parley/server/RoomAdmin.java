package dev.parley.server;

import dev.parley.accounts.Ban;
import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the host of a room can do to it: the same for the headless console and the desktop menu. */
public interface RoomAdmin {

    String roomName();

    /**
     * The fingerprint of the certificate the room presents to TLS clients, for the host to show so that people can
     * compare it with what their client shows; empty when the room does not speak TLS.
     */
    default Optional<Fingerprint> certificateFingerprint() {
        return Optional.empty();
    }

    /** The account that hosts the room, or empty when it has none. */
    default Optional<String> owner() {
        return Optional.empty();
    }

    /** Who is logged in, sorted by name. */
    List<OnlineUser> onlineUsers();

    /** Bans in force. */
    List<Ban> bans();

    /**
     * Who logged in, tried to, or tripped a limit lately (a bounded list), newest first, so the host can ban someone
     * who flooded and left.
     */
    default List<SeenUser> recentlySeen() {
        return List.of();
    }

    /**
     * Bans an IP address (IPv4 or IPv6) or a range of them ("192.168.1.0/24", "2001:db8::/32") and disconnects
     * everyone connected from it.
     *
     * @param duration null for a ban without end
     * @throws IllegalArgumentException saying why, when the text is not an IP literal or a range of them
     * @throws dev.parley.accounts.NotSavedException when the ban is in force but not saved to disk (the room keeps
     *         trying); it carries the ban
     */
    Ban banAddress(String address, String reason, Duration duration) throws IOException;

    /**
     * Bans a user together with the address they use (or last used), and disconnects them.
     *
     * @throws IllegalArgumentException when no account or online user has that name
     * @throws dev.parley.accounts.NotSavedException when the ban is in force but not saved to disk (the room keeps
     *         trying); it carries the ban
     */
    Ban banUser(String username, String reason, Duration duration) throws IOException;

    /** Reads what the host typed as a ban's target; see {@link BanTarget#resolve}. */
    BanTarget banTarget(String text);

    /** Bans a user or an address, as {@link #banTarget} read it. */
    default Ban ban(BanTarget target, String reason, Duration duration) throws IOException {
        return switch (target) {
            case BanTarget.User u -> banUser(u.name(), reason, duration);
            case BanTarget.Address a -> banAddress(a.address(), reason, duration);
        };
    }

    /**
     * Lifts the bans of an address or user; returns what was lifted.
     *
     * @throws dev.parley.accounts.NotSavedException when the bans are lifted but that is not saved to disk (the room
     *         keeps trying); it carries what was lifted
     */
    List<Ban> unban(String addressOrUsername) throws IOException;

    /** Disconnects a logged-in user; false when nobody of that name is online. */
    default boolean kick(String username) {
        return kick(username, null);
    }

    /**
     * Disconnects a logged-in user, telling them the host's {@code reason} (null or blank: none given); the others
     * see them removed by the host. False when nobody of that name is online.
     */
    boolean kick(String username, String reason);

    /**
     * Gives an account a new password, saved at once; for the host setting the owner's password for logging in from
     * another computer. The password is hashed here, as a client would before sending it; the caller clears it.
     *
     * @return false when no account has that name
     */
    default boolean setPassword(String username, char[] password) throws IOException {
        throw new UnsupportedOperationException("this room cannot set passwords");
    }

    /** Closes the room: every connection gets {@code shutdown}. */
    void shutdown();
}
