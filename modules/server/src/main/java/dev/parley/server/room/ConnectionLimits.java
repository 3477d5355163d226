package dev.parley.server.room;

import dev.parley.protocol.message.ErrorCode;
import dev.parley.server.ServerConfig;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Optional;

/**
 * What a new connection must pass before it is served: the room's cap on open connections, its address's rate of
 * new connections (a token bucket per address, an IPv6 address by its /64) and its address's open connections.
 * Thread-safe.
 */
final class ConnectionLimits {

    /** Why a connection was refused: the {@code error} it gets, and words for the log. */
    record Refusal(ErrorCode code, String message, String logReason) {}

    private final ConnectionCap cap;
    private final TokenBuckets<ConnectionsPerAddress.Group> rate;
    private final ConnectionsPerAddress perAddress;
    private final ServerConfig config;

    ConnectionLimits(ServerConfig config, Clock clock) {
        this.config = config;
        this.cap = new ConnectionCap(config.maxConnections());
        this.rate = new TokenBuckets<>(
                new TokenBucket.Rate(config.newConnectionBurstPerAddress(), config.newConnectionRefill()), clock);
        this.perAddress = new ConnectionsPerAddress(config.maxConnectionsPerAddress());
    }

    /** Counts the connection in, or says why not (counting nothing); {@link #closed} counts an admitted one out. */
    Optional<Refusal> admit(InetAddress address) {
        if (!cap.tryOpen()) {
            return Optional.of(new Refusal(
                    ErrorCode.SERVER_FULL,
                    "The room is full; try again later.",
                    cap.max() + " connections open in the room"));
        }
        if (!rate.tryTake(ConnectionsPerAddress.Group.of(address))) {
            cap.closed();
            return Optional.of(new Refusal(
                    ErrorCode.TOO_MANY_NEW_CONNECTIONS,
                    "Too many new connections from your address; wait "
                            + Math.max(1, config.newConnectionRefill().toSeconds()) + " seconds and try again.",
                    "opened new connections past " + config.newConnectionBurstPerAddress() + " and one every "
                            + config.newConnectionRefill().toSeconds() + " s"));
        }
        if (!perAddress.tryOpen(address)) {
            cap.closed();
            return Optional.of(new Refusal(
                    ErrorCode.TOO_MANY_CONNECTIONS,
                    "Too many connections from your address; close one and try again.",
                    config.maxConnectionsPerAddress() + " connections open from there"));
        }
        return Optional.empty();
    }

    void closed(InetAddress address) {
        perAddress.closed(address);
        cap.closed();
    }
}
