package dev.parley.server.room;

import dev.parley.accounts.Account;
import dev.parley.accounts.AccountStore;
import dev.parley.accounts.AddressRange;
import dev.parley.accounts.Ban;
import dev.parley.accounts.BanList;
import dev.parley.accounts.NotSavedException;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.server.OnlineUser;
import dev.parley.server.SeenUser;
import dev.parley.server.logging.LogSafe;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the host does to the room: who is online, bans, kicks. A ban or kick takes effect at once: members and
 * logins under way are told and closed before the method returns.
 */
public final class HostCommands {

    private static final Logger LOG = LoggerFactory.getLogger(HostCommands.class);

    private final AccountStore accounts;
    private final BanList bans;
    private final RoomMembers members;
    private final Sessions sessions;
    private final MessageCodec codec;
    private final RecentlySeen seen;

    HostCommands(
            AccountStore accounts,
            BanList bans,
            RoomMembers members,
            Sessions sessions,
            MessageCodec codec,
            RecentlySeen seen) {
        this.accounts = accounts;
        this.bans = bans;
        this.members = members;
        this.sessions = sessions;
        this.codec = codec;
        this.seen = seen;
    }

    public List<OnlineUser> onlineUsers() {
        return members.members().stream()
                .map(m -> new OnlineUser(m.username(), m.connection().address().getHostAddress(), m.guest(), m.since()))
                .toList();
    }

    public List<Ban> bans() {
        return bans.active();
    }

    /** Who logged in, tried to, or tripped a limit lately, newest first; see {@link RecentlySeen}. */
    public List<SeenUser> recentlySeen() {
        return seen.recent().stream()
                .map(e -> new SeenUser(
                        e.username(),
                        e.address().getHostAddress(),
                        e.lastSeen(),
                        e.username() != null
                                && members.find(e.username())
                                        .filter(m -> m.connection().address().equals(e.address()))
                                        .isPresent(),
                        e.trips()))
                .toList();
    }

    /**
     * Bans an address or a range of them ("192.168.1.0/24"); everyone connected from inside it is disconnected. The
     * ban is in force when this returns, also when it throws {@link NotSavedException}.
     */
    public Ban banAddress(String address, String reason, Duration duration) throws IOException {
        refuseRangeOverThisMachine(address);
        Ban ban;
        try {
            ban = bans.add(address, null, reason, duration);
        } catch (NotSavedException e) {
            enforceAddressBan(e.bans().getFirst());
            throw e;
        }
        enforceAddressBan(ban);
        return ban;
    }

    /**
     * A range over this machine's own loopback address would shut out the host's own window (and every tool on the
     * host), as a user's ban never does; a single loopback address is the host's deliberate choice.
     */
    private static void refuseRangeOverThisMachine(String address) {
        if (!AddressRange.looksLikeRange(address)) {
            return;
        }
        AddressRange range = AddressRange.parse(address);
        if (!range.isSingleAddress()
                && (range.contains(InetAddress.ofLiteral("127.0.0.1"))
                        || range.contains(InetAddress.ofLiteral("::1")))) {
            throw new IllegalArgumentException(address + " holds this machine's own address (" + range.first() + " to "
                    + range.last() + "), where the host's own window connects from; ban a narrower range.");
        }
    }

    private void enforceAddressBan(Ban ban) {
        LOG.info("Banned address {}{}", ban.address(), describe(ban));
        disconnectBannedAddresses();
    }

    /** The ban is in force when this returns, also when it throws {@link NotSavedException}. */
    public Ban banUser(String username, String reason, Duration duration) throws IOException {
        Optional<Member> online = members.find(username);
        String name;
        String address;
        if (online.isPresent()) {
            name = online.get().username();
            address = addressToBanWith(online.get().connection().address().getHostAddress());
        } else {
            Account account = accounts.find(username)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Nobody called \"" + username + "\" is online or registered."));
            name = account.username();
            address = addressToBanWith(account.lastAddress());
        }
        Ban ban;
        try {
            ban = bans.add(address, name, reason, duration);
        } catch (NotSavedException e) {
            enforceUserBan(e.bans().getFirst());
            throw e;
        }
        enforceUserBan(ban);
        return ban;
    }

    private void enforceUserBan(Ban ban) {
        String name = ban.username();
        LOG.info(
                "Banned user {}{}{}",
                LogSafe.text(name),
                ban.address() == null ? "" : " at " + ban.address(),
                describe(ban));
        byte[] banned = codec.encode(BanNotice.of(ban));
        // Logins of that name under way are told now; one that gets past this sweep meets the ban on joining.
        String key = Usernames.key(name);
        for (Session s : sessions.all()) {
            String loggingIn = s.loggingInAs;
            if (loggingIn != null && Usernames.key(loggingIn).equals(key)) {
                s.connection.sendAndClose(banned);
            }
        }
        members.find(name).ifPresent(m -> remove(m, banned, UserNotification.BANNED));
        disconnectBannedAddresses();
    }

    /** True when someone of that name is online or has an account: a ban of that text bans the user. */
    public boolean isKnownUser(String name) {
        return members.find(name).isPresent() || accounts.isRegistered(name);
    }

    /**
     * The address a user's ban extends to: theirs, unless it is a loopback address. Someone on the host's own
     * machine shares it with the host, and banning it would lock the host out of their own room; the name is
     * banned all the same.
     */
    static String addressToBanWith(String address) {
        if (address == null) {
            return null;
        }
        try {
            return InetAddress.ofLiteral(address).isLoopbackAddress() ? null : address;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bans are lifted when this returns, also when it throws {@link NotSavedException}. */
    public List<Ban> unban(String addressOrUsername) throws IOException {
        List<Ban> lifted;
        try {
            lifted = bans.remove(addressOrUsername);
        } catch (NotSavedException e) {
            LOG.info("Lifted {} ban(s) of {}", e.bans().size(), addressOrUsername);
            throw e;
        }
        if (!lifted.isEmpty()) {
            LOG.info("Lifted {} ban(s) of {}", lifted.size(), LogSafe.text(addressOrUsername));
        }
        return lifted;
    }

    public boolean kick(String username) {
        return kick(username, null);
    }

    /** Removes a member, telling them the host's {@code reason} (null or blank: none). */
    public boolean kick(String username, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Optional<Member> member = members.find(username);
        member.ifPresent(m -> {
            LOG.info("Kicked {}{}", LogSafe.text(m.username()), why == null ? "" : ": " + LogSafe.text(why));
            remove(
                    m,
                    codec.encode(new ProtocolError(
                            ErrorCode.KICKED.wireName(), "The host removed you from the members.", why)),
                    UserNotification.KICKED);
        });
        return member.isPresent();
    }

    /**
     * Sends a member its last line and takes it out of the room at once: the others see it leave now, not once
     * its connection has finished closing (which waits a moment for the client to hang up).
     */
    private void remove(Member member, byte[] lastLine, String how) {
        member.connection().sendAndClose(lastLine);
        members.leave(member, how);
    }

    private void disconnectBannedAddresses() {
        for (Member m : members.members()) {
            bans.forAddress(m.connection().address())
                    .ifPresent(ban -> remove(m, codec.encode(BanNotice.of(ban)), UserNotification.BANNED));
        }
        for (Session s : sessions.all()) {
            bans.forAddress(s.connection.address())
                    .ifPresent(ban -> s.connection.sendAndClose(codec.encode(BanNotice.of(ban))));
        }
    }

    private static String describe(Ban ban) {
        return (ban.expires() == null ? " without end" : " until " + ban.expires())
                + (ban.reason().isEmpty() ? "" : ": " + LogSafe.text(ban.reason()));
    }
}
