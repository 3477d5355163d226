package dev.parley.server.room;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** {@code login} with a password: checks it on the hash pool, within the address's limits, and enters the room. */
final class Authenticator {

    private final AccountStore accounts;
    private final BanList bans;
    private final RoomMembers members;
    private final HashPool hashing;
    private final LoginAttempts attempts;
    private final Registration registration;
    private final RoomEntry entry;
    private final Replies replies;

    Authenticator(
            AccountStore accounts,
            BanList bans,
            RoomMembers members,
            HashPool hashing,
            LoginAttempts attempts,
            Registration registration,
            RoomEntry entry,
            Replies replies) {
        this.accounts = accounts;
        this.bans = bans;
        this.members = members;
        this.hashing = hashing;
        this.attempts = attempts;
        this.registration = registration;
        this.entry = entry;
        this.replies = replies;
    }

    void login(Session s, LoginRequest r) {
        if (attempts.refuseThrottled(s)) {
            return;
        }
        if (registration.isCompletedBy(s, r)) {
            registration.complete(s, r);
            return;
        }
        if (bans.forUser(r.user()).isPresent()) {
            replies.sendAndClose(s, BanNotice.lookUp(bans, r.user(), null));
            return;
        }
        if (attempts.refuseGuessing(s, r.user())) {
            return;
        }
        if (!attempts.takeLoginToken(s)) {
            return;
        }
        if (members.find(r.user()).filter(m -> !m.guest()).isPresent()) {
            // One session per account, said before hashing, so a crowd logging in to an online account costs the
            // room no hash (it spends its address's tokens all the same). Not a wrong password: the address's
            // failure count is not raised.
            attempts.fail(s, LoginResult.ALREADY_ONLINE, null);
            return;
        }
        s.loggingInAs = r.user();
        try {
            Optional<String> name;
            try {
                // A connection closed while it waited (banned, gone) is not worth a hash.
                name = hashing.run(
                        s.connection.address(),
                        () -> s.connection.isClosing()
                                ? Optional.<String>empty()
                                : accounts.verify(r.user(), r.password()));
            } catch (HashPool.Busy e) {
                attempts.refuseBusy(s);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (s.connection.isClosing()) {
                return;
            }
            if (name.isEmpty()) {
                attempts.wrongCredentials(s, r.user());
                return;
            }
            attempts.rightPassword(s);
            entry.enterAccount(s, name.get());
        } finally {
            s.loggingInAs = null;
        }
    }
}
