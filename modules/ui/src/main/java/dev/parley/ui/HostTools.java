package dev.parley.ui;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the host's windows can do to the room this app hosts: who is online, the bans, ban, unban and kick. The
 * launcher implements it over the server's admin API; the UI sees only these types. Calls may be slow (a ban is
 * saved to disk): make them off the event thread.
 */
public interface HostTools {

    String roomName();

    /**
     * The room certificate's fingerprint as people compare it ("3F2A 9C01 …"), shown in the host's window; empty when
     * the room does not speak TLS.
     */
    default Optional<String> certificateFingerprint() {
        return Optional.empty();
    }

    /** The account that hosts the room, or empty when it has none. */
    default Optional<String> owner() {
        return Optional.empty();
    }

    /**
     * Gives an account (the owner's) a new password for logging in from another computer, saved at once. The
     * caller clears {@code password}.
     *
     * @return false when no account has that name
     * @throws IOException when it could not be saved
     */
    default boolean setPassword(String username, char[] password) throws IOException {
        throw new UnsupportedOperationException("this room cannot set passwords");
    }

    /** Who is logged in, sorted by name. */
    List<OnlinePerson> online();

    /** Bans in force. */
    List<BanEntry> bans();

    /**
     * Who logged in, tried to, or tripped a limit lately (a bounded list kept by the room), newest first: the host
     * can ban someone who flooded and left.
     */
    default List<SeenPerson> recentlySeen() {
        return List.of();
    }

    /**
     * Bans what {@code target} names, a user (with the address they use), an IP address or a range of them
     * ("192.168.1.0/24", "2001:db8::/32"); the room decides which, and says so in the outcome's note when the text
     * could have meant either.
     *
     * @param duration null for a ban without end
     * @throws IllegalArgumentException naming what is wrong, when the target is neither a known user nor an address
     * @throws IOException when the ban could not be made
     */
    Outcome ban(String target, String reason, Duration duration) throws IOException;

    /** Lifts the bans of an address or a user. */
    Outcome unban(String addressOrUsername) throws IOException;

    /** Disconnects a logged-in user; false when nobody of that name is online. */
    default boolean kick(String username) {
        return kick(username, null);
    }

    /**
     * Disconnects a logged-in user, telling them the host's {@code reason} (null or blank: none); the others see
     * them removed by the host. False when nobody of that name is online.
     */
    boolean kick(String username, String reason);

    /** Someone logged in, from where and since when. */
    record OnlinePerson(String username, String address, Instant since) {}

    /**
     * Someone the room saw lately.
     *
     * @param username the name they logged in or tried as; null when they gave none
     * @param network the network around {@code address} a host would ban to catch them on their next address: its
     *        /24 (IPv4) or /64 (IPv6), as the room writes ranges ("203.0.113.0/24")
     * @param trips how many times each limit refused them, by its {@code error} code ("too_many_attempts"), in code
     *        order
     */
    record SeenPerson(
            String username,
            String address,
            String network,
            Instant lastSeen,
            boolean online,
            Map<String, Integer> trips) {}

    /** A ban in force: of an address, of a user, or both; {@code address}/{@code username} null when absent. */
    record BanEntry(String address, String username, String reason, Instant expires) {

        /** What to pass to {@link #unban}: the user when there is one, else the address. */
        public String target() {
            return username != null ? username : address;
        }
    }

    /**
     * What a ban or unban did.
     *
     * @param note what the host should be told beside it ("10.0.0.7 is a user here…"); empty for nothing
     * @param notSavedBecause empty when saved; otherwise the change is in force but did not reach the disk (the
     *        room keeps trying), and this says why
     */
    record Outcome(String note, String notSavedBecause) {

        public static final Outcome DONE = new Outcome("", "");

        public Outcome {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(notSavedBecause, "notSavedBecause");
        }

        public boolean saved() {
            return notSavedBecause.isEmpty();
        }
    }
}
