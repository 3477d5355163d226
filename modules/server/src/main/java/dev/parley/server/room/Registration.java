package dev.parley.server.room;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.server.ServerConfig;
import dev.parley.server.logging.LogSafe;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registering an account takes two requests: {@code register} reserves a free name for the session, and the
 * session's next {@code login} under that name sets the password, saves the account and enters the room.
 */
final class Registration {

    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);

    private final boolean open;
    private final AccountStore accounts;
    private final BanList bans;
    private final RoomMembers members;
    private final NameClaims nameClaims;
    private final HashPool hashing;
    private final LoginAttempts attempts;
    private final RoomEntry entry;
    private final Replies replies;
    private final RegistrationThrottle throttle;
    private final Duration window;

    Registration(
            ServerConfig config,
            AccountStore accounts,
            BanList bans,
            RoomMembers members,
            NameClaims nameClaims,
            HashPool hashing,
            LoginAttempts attempts,
            RoomEntry entry,
            Replies replies,
            Clock clock) {
        this.open = config.allowRegistration();
        this.throttle = new RegistrationThrottle(
                config.registrationsPerAddress(), config.registrationsPerRoom(), config.registrationWindow(), clock);
        this.window = config.registrationWindow();
        this.accounts = accounts;
        this.bans = bans;
        this.members = members;
        this.nameClaims = nameClaims;
        this.hashing = hashing;
        this.attempts = attempts;
        this.entry = entry;
        this.replies = replies;
    }

    /** {@code register}: reserves the name for this session when it is free. */
    void reserve(Session s, RegisterRequest r) {
        if (!open) {
            replies.send(s, new RegisterStatus(false, "This room does not take new registrations."));
            return;
        }
        Optional<String> problem = Usernames.problemWith(r.user());
        if (problem.isPresent()) {
            replies.send(s, new RegisterStatus(false, problem.get()));
            return;
        }
        if (bans.forUser(r.user()).isPresent()) {
            replies.send(s, new RegisterStatus(false, "That username is banned from this room."));
            return;
        }
        if (refusedByThrottle(s, throttle.check(s.connection.address()))) {
            return;
        }
        release(s);
        boolean reserved = nameClaims.claim(() -> !members.isOnline(r.user()) && accounts.reserve(r.user(), s));
        if (reserved) {
            s.pendingRegistration = r.user();
        }
        replies.send(s, new UsernameRegisterStatus(!reserved));
    }

    /** True when this login finishes the session's registration rather than logging in to an account. */
    boolean isCompletedBy(Session s, LoginRequest r) {
        return s.pendingRegistration != null
                && Usernames.key(s.pendingRegistration).equals(Usernames.key(r.user()));
    }

    /** The {@code login} after {@code register}: hashes the password, saves the account and enters the room. */
    void complete(Session s, LoginRequest r) {
        if (!attempts.takeLoginToken(s)) {
            return;
        }
        // Counted when the account is made, not when the name is asked for: a name reserved and let go costs
        // nothing, and a crowd holding reservations cannot use up the room's registrations for everyone else.
        if (refusedByThrottle(s, throttle.tryCount(s.connection.address()))) {
            attempts.rightPassword(s);
            release(s);
            return;
        }
        String pending = s.pendingRegistration;
        String name;
        try {
            // Hashes, then saves the account: both off the room's threads, and no room lock is held.
            name = hashing.run(s.connection.address(), () -> accounts.completeRegistration(pending, s, r.password()));
        } catch (HashPool.Busy e) {
            release(s);
            replies.send(
                    s, new RegisterStatus(false, "The room is busy checking passwords; register again in a moment."));
            replies.tripped(s, LoginResult.BUSY);
            return;
        } catch (IOException e) {
            LOG.error("Could not save the account {}", LogSafe.text(pending), e);
            release(s);
            replies.send(s, new RegisterStatus(false, "The server could not save the account; try again later."));
            return;
        }
        s.pendingRegistration = null;
        attempts.rightPassword(s);
        LOG.info("{} registered {}", s.connection, LogSafe.text(name));
        entry.enterAccount(s, name);
    }

    /** Answers {@code register_status} false and {@code error} {@code too_many_registrations} unless allowed. */
    private boolean refusedByThrottle(Session s, RegistrationThrottle.Verdict verdict) {
        String who = switch (verdict) {
            case ALLOWED -> null;
            case ADDRESS_FULL -> "your address";
            case ROOM_FULL -> "this room";
        };
        if (who == null) {
            return false;
        }
        String why = "Too many new accounts from " + who + " lately; try again in " + window.toMinutes() + " minutes.";
        replies.send(s, new RegisterStatus(false, why));
        replies.refuse(s, ErrorCode.TOO_MANY_REGISTRATIONS, why);
        return true;
    }

    /** Gives back a name the session reserved and did not register. */
    void release(Session s) {
        if (s.pendingRegistration != null) {
            accounts.release(s.pendingRegistration, s);
            s.pendingRegistration = null;
        }
    }
}
