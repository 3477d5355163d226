package dev.parley.server;

import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.ProtocolVersion;
import java.time.Duration;
import java.util.Objects;

/**
 * How a room behaves. {@code bindAddress} "*" listens on every interface (IPv4 and IPv6); a zero
 * {@code readTimeout} lets a silent client stay as long as its TCP connection lives; {@code maxMessageBytes} is the
 * largest JSON object a client may send.
 */
public record ServerConfig(
        String roomName,
        int port,
        String bindAddress,
        int maxMessageBytes,
        int maxQueuedBytes,
        boolean allowGuests,
        boolean allowRegistration,
        ProtocolVersion minClientVersion,
        int maxLoginAttempts,
        int loginFailuresPerAddress,
        Duration loginFailureWindow,
        Duration readTimeout,
        Duration shutdownGrace) {

    public static final int DEFAULT_PORT = 5050;

    public ServerConfig {
        Objects.requireNonNull(roomName, "roomName");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(minClientVersion, "minClientVersion");
        Objects.requireNonNull(loginFailureWindow, "loginFailureWindow");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxMessageBytes < 256 || maxMessageBytes > MessageLimits.MAX_CLIENT_MESSAGE_BYTES) {
            throw new IllegalArgumentException("maxMessageBytes must be 256 to " + MessageLimits.MAX_CLIENT_MESSAGE_BYTES
                    + ", not " + maxMessageBytes);
        }
        if (maxQueuedBytes < maxMessageBytes) {
            throw new IllegalArgumentException("maxQueuedBytes must be at least maxMessageBytes");
        }
        if (maxLoginAttempts < 1 || loginFailuresPerAddress < 1) {
            throw new IllegalArgumentException("login attempt limits must be at least 1");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("Parley room", DEFAULT_PORT, "*", 64 * 1024, 4 * 1024 * 1024, false, true,
                new ProtocolVersion(0, 0, 0), 3, 20, Duration.ofMinutes(5), Duration.ZERO, Duration.ofSeconds(5));
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(roomName, newPort, bindAddress, maxMessageBytes, maxQueuedBytes, allowGuests,
                allowRegistration, minClientVersion, maxLoginAttempts, loginFailuresPerAddress, loginFailureWindow,
                readTimeout, shutdownGrace);
    }

    public ServerConfig withBindAddress(String address) {
        return new ServerConfig(roomName, port, address, maxMessageBytes, maxQueuedBytes, allowGuests,
                allowRegistration, minClientVersion, maxLoginAttempts, loginFailuresPerAddress, loginFailureWindow,
                readTimeout, shutdownGrace);
    }

    public ServerConfig withGuests(boolean allowed) {
        return new ServerConfig(roomName, port, bindAddress, maxMessageBytes, maxQueuedBytes, allowed,
                allowRegistration, minClientVersion, maxLoginAttempts, loginFailuresPerAddress, loginFailureWindow,
                readTimeout, shutdownGrace);
    }

    public ServerConfig withRegistration(boolean allowed) {
        return new ServerConfig(roomName, port, bindAddress, maxMessageBytes, maxQueuedBytes, allowGuests,
                allowed, minClientVersion, maxLoginAttempts, loginFailuresPerAddress, loginFailureWindow,
                readTimeout, shutdownGrace);
    }

    public ServerConfig withMinClientVersion(ProtocolVersion version) {
        return new ServerConfig(roomName, port, bindAddress, maxMessageBytes, maxQueuedBytes, allowGuests,
                allowRegistration, version, maxLoginAttempts, loginFailuresPerAddress, loginFailureWindow,
                readTimeout, shutdownGrace);
    }

    public ServerConfig withLimits(int messageBytes, int queuedBytes) {
        return new ServerConfig(roomName, port, bindAddress, messageBytes, queuedBytes, allowGuests,
                allowRegistration, minClientVersion, maxLoginAttempts, loginFailuresPerAddress, loginFailureWindow,
                readTimeout, shutdownGrace);
    }

    public ServerConfig withLoginLimits(int attempts, int failuresPerAddress, Duration window) {
        return new ServerConfig(roomName, port, bindAddress, maxMessageBytes, maxQueuedBytes, allowGuests,
                allowRegistration, minClientVersion, attempts, failuresPerAddress, window,
                readTimeout, shutdownGrace);
    }

    public ServerConfig withReadTimeout(Duration timeout) {
        return new ServerConfig(roomName, port, bindAddress, maxMessageBytes, maxQueuedBytes, allowGuests,
                allowRegistration, minClientVersion, maxLoginAttempts, loginFailuresPerAddress, loginFailureWindow,
                timeout, shutdownGrace);
    }

    public ServerConfig withRoomName(String name) {
        return new ServerConfig(name, port, bindAddress, maxMessageBytes, maxQueuedBytes, allowGuests,
                allowRegistration, minClientVersion, maxLoginAttempts, loginFailuresPerAddress, loginFailureWindow,
                readTimeout, shutdownGrace);
    }
}
