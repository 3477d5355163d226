package dev.parley.server.room;

import java.net.InetAddress;

/**
 * Told each time a limit refuses someone, so that the host can see who tripped what (the ban manager's "recently
 * seen" list) and ban them after they have left.
 */
@FunctionalInterface
public interface LimitTrips {

    LimitTrips NONE = (address, username, code) -> {};

    /**
     * @param username the account or name the connection used or asked for; null before it named one
     * @param code the {@code error} code the refusal carried ({@code rate_limited}, {@code too_many_connections}, …)
     */
    void tripped(InetAddress address, String username, String code);
}
