package dev.parley.bench.load;

import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * An honest user who logs in every few seconds with the right password, each time on a fresh connection from an
 * address of its own (salt, then login), and leaves again. A login the room answers {@code busy} is tried again on
 * a new connection, as a person would, and its time runs on: the figure is how long it took to get in.
 */
final class HonestLogins {

    /** One login: how long until the room answered it for good, and how ({@code ok}, a reason, or a failure). */
    record Login(double millis, String outcome, int busyRefusals) {

        boolean ok() {
            return outcome.equals("ok");
        }
    }

    static final String BUSY = "busy";

    private final InetSocketAddress room;
    private final InetAddress from;
    private final String user;
    private final String password;
    private final long everyNanos;
    private final long timeoutNanos;

    HonestLogins(
            InetSocketAddress room,
            InetAddress from,
            String user,
            String password,
            double everySeconds,
            double timeoutSeconds) {
        this.room = room;
        this.from = from;
        this.user = user;
        this.password = password;
        this.everyNanos = (long) (everySeconds * 1e9);
        this.timeoutNanos = (long) (timeoutSeconds * 1e9);
    }

    /**
     * Logs in at half an interval after now, then every interval (or as soon as the previous login is over, if it
     * took longer), starting no login after {@code lastStartNanos}; each login ends within the timeout.
     */
    List<Login> run(long lastStartNanos) {
        var logins = new ArrayList<Login>();
        long next = System.nanoTime() + everyNanos / 2;
        while (next <= lastStartNanos) {
            LockSupport.parkNanos(next - System.nanoTime());
            long start = System.nanoTime();
            if (start > lastStartNanos) {
                break;
            }
            logins.add(loginOnce());
            next = Math.max(start + everyNanos, System.nanoTime());
        }
        return logins;
    }

    private Login loginOnce() {
        long t0 = System.nanoTime();
        long deadline = t0 + timeoutNanos;
        int busy = 0;
        while (true) {
            try (Exchange exchange = Exchange.open(room, from, deadline)) {
                LoginResult r = AccountFlows.login(exchange, user, password, deadline);
                double millis = (System.nanoTime() - t0) / 1e6;
                if (r.success()) {
                    exchange.send(new DisconnectRequest(user), System.nanoTime() + 10_000_000_000L);
                    // The next login must not find this session still in the room (already_online).
                    boolean left = exchange.awaitClose(System.nanoTime() + timeoutNanos);
                    return new Login(millis, left ? "ok" : "did not leave", busy);
                }
                if (BUSY.equals(r.reason()) && System.nanoTime() < deadline) {
                    busy++;
                    LockSupport.parkNanos(50_000_000L);
                    continue;
                }
                return new Login(millis, r.reason() == null ? "refused" : r.reason(), busy);
            } catch (SocketTimeoutException e) {
                return new Login((System.nanoTime() - t0) / 1e6, "timeout", busy);
            } catch (IOException e) {
                return new Login((System.nanoTime() - t0) / 1e6, "error: " + e.getMessage(), busy);
            }
        }
    }
}
