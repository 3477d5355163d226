package dev.parley.server.room;

import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.server.ServerConfig;
import java.time.Clock;
import java.time.Duration;

/**
 * How many tries a login gets: a connection has {@code maxLoginAttempts}; an address has its failures over a window
 * ({@link LoginThrottle}) and a budget of password hashes ({@link HashBudget}), both across connections.
 */
final class LoginAttempts {

    /**
     * How long an address that is over its limits waits for its refusal. Answered at once, a crowd of connections
     * from one address turned refusals into tens of thousands of requests a second and took the room's core from
     * the chat; a parked virtual thread costs nothing, and an honest user over the limit has to wait anyway.
     */
    static final Duration THROTTLED_ANSWER_DELAY = Duration.ofSeconds(1);

    private final int maxPerConnection;
    private final LoginThrottle throttle;
    private final HashBudget hashBudget;
    private final Replies replies;
    private final LimitTrips trips;

    LoginAttempts(ServerConfig config, Clock clock, Replies replies, LimitTrips trips) {
        this.maxPerConnection = config.maxLoginAttempts();
        this.throttle = new LoginThrottle(config.loginFailuresPerAddress(), config.loginFailureWindow(), clock);
        this.hashBudget = new HashBudget(clock);
        this.replies = replies;
        this.trips = trips;
    }

    /** Refuses the login when its address failed too often lately; true when it did. */
    boolean refuseThrottled(Session s) {
        if (!throttle.isBlocked(s.connection.address())) {
            return false;
        }
        pauseBeforeRefusing();
        fail(
                s,
                LoginResult.TOO_MANY_ATTEMPTS,
                new ProtocolError(
                        ErrorCode.TOO_MANY_ATTEMPTS,
                        "Too many failed logins from your address; wait a few minutes and try again."));
        return true;
    }

    /**
     * Every login costs its address a token (whether it is hashed or answered {@code already_online}), and so does
     * a registration's password; without one the request is refused before any hashing.
     */
    boolean takeLoginToken(Session s) {
        if (hashBudget.tryTake(s.connection.address())) {
            return true;
        }
        pauseBeforeRefusing();
        fail(
                s,
                LoginResult.TOO_MANY_ATTEMPTS,
                new ProtocolError(
                        ErrorCode.TOO_MANY_ATTEMPTS,
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
            trips.tripped(s.connection.address(), s.named, why.code());
            replies.send(s, why);
        }
        if (s.failedLogins >= maxPerConnection) {
            trips.tripped(s.connection.address(), s.named, ErrorCode.TOO_MANY_ATTEMPTS.wireName());
            replies.sendAndClose(
                    s,
                    new ProtocolError(
                            ErrorCode.TOO_MANY_ATTEMPTS, "Too many failed logins; the connection is closed."));
        }
    }

    private static void pauseBeforeRefusing() {
        try {
            Thread.sleep(THROTTLED_ANSWER_DELAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int attemptsLeft(Session s) {
        return Math.max(0, maxPerConnection - s.failedLogins);
    }
}
