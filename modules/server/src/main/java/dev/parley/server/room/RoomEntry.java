package dev.parley.server.room;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.RoomInfo;
import dev.parley.server.ServerConfig;
import dev.parley.server.logging.LogSafe;
import dev.parley.server.room.RoomMembers.Admission;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Takes a session whose name was accepted into the room: the last checks under the room's lock, then the welcome. */
final class RoomEntry {

    private static final Logger LOG = LoggerFactory.getLogger(RoomEntry.class);

    private final RoomMembers members;
    private final AccountStore accounts;
    private final BanList bans;
    private final Clock clock;
    private final LoginAttempts attempts;
    private final Replies replies;
    /**
     * The login's answer, then what the room is like (name, version, limits, history, TLS, owner): after it, never before,
     * since a spec client takes the first line after its login for the login's answer (and ignores a type it does
     * not know). The history follows, from {@link RoomMembers#join}.
     */
    private final List<ServerMessage> welcome;

    private final RoomInfo description;

    RoomEntry(
            ServerConfig config,
            RoomMembers members,
            AccountStore accounts,
            BanList bans,
            Clock clock,
            LoginAttempts attempts,
            Replies replies) {
        this.members = members;
        this.accounts = accounts;
        this.bans = bans;
        this.clock = clock;
        this.attempts = attempts;
        this.replies = replies;
        this.description = describe(config);
        this.welcome = List.of(new LoginResult(true), description);
    }

    /** What the room says of itself: after a login, and to a {@code room_info} request before or after one. */
    RoomInfo description() {
        return description;
    }

    private static RoomInfo describe(ServerConfig config) {
        return new RoomInfo(
                config.roomName(),
                ParleyVersion.current().toString(),
                config.maxMessageChars(),
                config.historySize(),
                config.tls(),
                config.hasOwner() ? config.owner() : null);
    }

    /** Enters an account whose password was right, and answers by how the room took it. */
    void enterAccount(Session s, String name) {
        switch (enter(s, name, false)) {
            case ADMITTED, CONNECTION_CLOSING -> {}
            case NAME_ONLINE -> attempts.fail(s, LoginResult.ALREADY_ONLINE, null);
            case BANNED -> replies.sendAndClose(s, banNotice(s, name));
        }
    }

    /** What a session refused for a ban is told: the ban's reason and end. */
    Banned banNotice(Session s, String name) {
        return BanNotice.lookUp(bans, name, s.connection.address());
    }

    /** Enters a member; on {@link Admission#ADMITTED} it has had its welcome and everyone saw it join. */
    Admission enter(Session s, String name, boolean guest) {
        var member = new Member(name, guest, s.connection, clock.instant());
        Admission admission = members.join(member, welcome, () -> {
            Admission verdict = admission(s, name);
            if (verdict == Admission.ADMITTED) {
                // Before it joins the recipients: the room's traffic must not overflow a stranger's small queue.
                s.connection.loggedIn();
            }
            return verdict;
        });
        if (admission != Admission.ADMITTED) {
            return admission;
        }
        s.member = member;
        if (!guest) {
            accounts.recordLogin(name, s.connection.address().getHostAddress());
        }
        LOG.info("{} joined as {}{}", s.connection, LogSafe.text(name), guest ? " (guest)" : "");
        return admission;
    }

    /**
     * The last word on a join, under the room's lock: a kick or a ban that came while the password was being
     * hashed wins. Reads memory only (the ban list's snapshot), as the room's lock requires.
     */
    private Admission admission(Session s, String name) {
        if (s.connection.isClosing()) {
            return Admission.CONNECTION_CLOSING;
        }
        if (bans.forUser(name).isPresent()
                || bans.forAddress(s.connection.address()).isPresent()) {
            return Admission.BANNED;
        }
        return Admission.ADMITTED;
    }
}
