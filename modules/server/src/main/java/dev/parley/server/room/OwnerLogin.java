package dev.parley.server.room;

import dev.parley.accounts.Account;
import dev.parley.accounts.AccountStore;
import dev.parley.protocol.OwnerToken;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.message.ClientRequest.OwnerLoginRequest;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.server.logging.LogSafe;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code owner_login}: the hosting app's own client entering the room as its owner with the token the room handed it
 * in memory. Accepted only when the room has an owner and a token, the connection comes from a loopback address,
 * the name is the owner's and the token matches; anything else is a wrong login, counted as such.
 */
final class OwnerLogin {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerLogin.class);

    private final String owner;
    private final AccountStore accounts;
    private final RoomMembers members;
    private final LoginAttempts attempts;
    private final RoomEntry entry;
    /** Made on the first {@link #issue()}: a room nobody asked (headless) has none, and refuses every owner login. */
    private volatile OwnerToken token;

    OwnerLogin(String owner, AccountStore accounts, RoomMembers members, LoginAttempts attempts, RoomEntry entry) {
        this.owner = owner;
        this.accounts = accounts;
        this.members = members;
        this.attempts = attempts;
        this.entry = entry;
    }

    /** The room's owner token, made now if it has none; for the in-process client only. */
    synchronized OwnerToken issue() {
        if (owner.isEmpty()) {
            throw new IllegalStateException("this room has no owner");
        }
        if (token == null) {
            token = OwnerToken.generate();
        }
        return token;
    }

    void login(Session s, OwnerLoginRequest r) {
        if (attempts.refuseThrottled(s)) {
            return;
        }
        if (!accepts(token, owner, s.connection.address(), r)) {
            // Neither the token nor what it was compared with is logged.
            LOG.info("{} owner login as {} refused", s.connection, LogSafe.text(r.user()));
            attempts.wrongCredentials(s, r.user());
            return;
        }
        if (members.find(owner).filter(m -> !m.guest()).isPresent()) {
            attempts.fail(s, LoginResult.ALREADY_ONLINE, null);
            return;
        }
        entry.enterAccount(s, accounts.find(owner).map(Account::username).orElse(owner));
    }

    /**
     * Whether an owner login is to be let in. The token is compared first and always (in constant time), so that
     * the answer's timing says nothing of which check failed.
     */
    static boolean accepts(OwnerToken token, String owner, InetAddress from, OwnerLoginRequest r) {
        boolean tokenMatches = token != null && token.matches(r.token());
        return tokenMatches
                && !owner.isEmpty()
                && from.isLoopbackAddress()
                && Usernames.key(r.user()).equals(Usernames.key(owner));
    }
}
