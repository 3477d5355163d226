package dev.parley.server.room;

import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.server.ServerConfig;
import java.time.Clock;

/**
 * How many tries a login gets: a connection has {@code maxLoginAttempts}; an address has its failures over a window
 * ({@link LoginThrottle}) and a budget of password hashes ({@link HashBudget}), both across connections.
 */
final class LoginAttempts {

    private final int maxPerConnection;
    private final LoginThrottle throttle;
    private final HashBudget hashBudget;
    private final Replies replies;

    LoginAttempts(ServerConfig config, Clock clock, Replies replies) {
        this.maxPerConnection = config.maxLoginAttempts();
        this.throttle = new LoginThrottle(config.loginFailuresPerAddress(), config.loginFailureWindow(), clock);
        this.hashBudget = new HashBudget(clock);
        this.replies = replies;
    }

    /** Refuses the login when its address failed too often lately; true when it did. */
    boolean refuseThrottled(Session s) {
        if (!throttle.isBlocked(s.connection.address())) {
            return false;
        }
        fail(s, LoginResult.TOO_MANY_ATTEMPTS, new ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS,
                "Too many failed logins from your address; wait a few minutes and try again."));
        return true;
    }

    /** Every hash costs its address a token; without one the login is refused before any hashing. */
    boolean takeHashToken(Session s) {
        if (hashBudget.tryTake(s.connection.address())) {
            return true;
        }
        fail(s, LoginResult.TOO_MANY_ATTEMPTS, new ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS,
                "Too many logins from your address; wait a minute and try again."));
        return false;
    }

    /** A wrong name or password: counts against the connection and its address. */
    void wrongCredentials(Session s) {
        throttle.recordFailure(s.connection.address());
        fail(s, LoginResult.WRONG_CREDENTIALS, null);
    }

    /** The hashing queue is full: try again shortly. Not the client's fault, so not one of its attempts. */
    void refuseBusy(Session s) {
        replies.send(s, LoginResult.refused(LoginResult.BUSY, attemptsLeft(s)));
    }

    /** Refuses a login, one attempt used; the last attempt closes the connection. */
    void fail(Session s, String reason, ProtocolError why) {
        s.failedLogins++;
        replies.send(s, LoginResult.refused(reason, attemptsLeft(s)));
        if (why != null) {
            replies.send(s, why);
        }
        if (s.failedLogins >= maxPerConnection) {
            replies.sendAndClose(s, new ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS,
                    "Too many failed logins; the connection is closed."));
        }
    }

    private int attemptsLeft(Session s) {
        return Math.max(0, maxPerConnection - s.failedLogins);
    }
}
