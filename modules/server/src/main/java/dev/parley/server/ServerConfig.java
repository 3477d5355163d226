package dev.parley.server;

import dev.parley.protocol.Defaults;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.ParleyVersion;
import java.time.Duration;
import java.util.Objects;

/**
 * How a room behaves. {@code bindAddress} "*" listens on every interface (IPv4 and IPv6); a zero
 * {@code readTimeout} lets a silent client stay as long as its TCP connection lives; a client not logged in
 * {@code loginTimeout} after connecting is closed; {@code maxMessageBytes} is the
 * largest JSON object a client may send. Build one with {@link #builder()}.
 */
public record ServerConfig(
        String roomName,
        int port,
        String bindAddress,
        int maxMessageBytes,
        int maxQueuedBytes,
        boolean allowGuests,
        boolean allowRegistration,
        ParleyVersion minClientVersion,
        int maxLoginAttempts,
        int loginFailuresPerAddress,
        Duration loginFailureWindow,
        Duration readTimeout,
        Duration loginTimeout,
        int maxConnectionsPerAddress,
        Duration shutdownGrace,
        boolean requireTls) {

    public ServerConfig {
        Objects.requireNonNull(roomName, "roomName");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(minClientVersion, "minClientVersion");
        Objects.requireNonNull(loginFailureWindow, "loginFailureWindow");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(loginTimeout, "loginTimeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxMessageBytes < 256 || maxMessageBytes > MessageLimits.MAX_CLIENT_MESSAGE_BYTES) {
            throw new IllegalArgumentException("maxMessageBytes must be 256 to "
                    + MessageLimits.MAX_CLIENT_MESSAGE_BYTES + ", not " + maxMessageBytes);
        }
        if (maxQueuedBytes < maxMessageBytes) {
            throw new IllegalArgumentException("maxQueuedBytes must be at least maxMessageBytes");
        }
        if (maxLoginAttempts < 1 || loginFailuresPerAddress < 1) {
            throw new IllegalArgumentException("login attempt limits must be at least 1");
        }
        if (maxConnectionsPerAddress < 1) {
            throw new IllegalArgumentException("maxConnectionsPerAddress must be at least 1");
        }
        if (loginTimeout.isNegative() || loginTimeout.isZero()) {
            throw new IllegalArgumentException("loginTimeout must be positive, not " + loginTimeout);
        }
    }

    /** A login is a few hundred bytes: a stranger's message may take this much, or maxMessageBytes if less. */
    public static final int MAX_MESSAGE_BYTES_BEFORE_LOGIN = 4096;
    /** How far a stranger may fall behind in reading (or maxQueuedBytes if less); past it, it is dropped. */
    public static final int MAX_QUEUED_BYTES_BEFORE_LOGIN = 64 * 1024;
    /** {@code error} replies a connection may earn before logging in; the last one closes it. */
    public static final int MAX_ERRORS_BEFORE_LOGIN = 10;

    public int maxMessageBytesBeforeLogin() {
        return Math.min(MAX_MESSAGE_BYTES_BEFORE_LOGIN, maxMessageBytes);
    }

    public int maxQueuedBytesBeforeLogin() {
        return Math.min(MAX_QUEUED_BYTES_BEFORE_LOGIN, maxQueuedBytes);
    }

    /** The defaults, which config/README.md documents and the server.json written on first start holds. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    /** A builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this configuration. */
    public Builder toBuilder() {
        return new Builder()
                .roomName(roomName)
                .port(port)
                .bindAddress(bindAddress)
                .maxMessageBytes(maxMessageBytes)
                .maxQueuedBytes(maxQueuedBytes)
                .allowGuests(allowGuests)
                .allowRegistration(allowRegistration)
                .minClientVersion(minClientVersion)
                .maxLoginAttempts(maxLoginAttempts)
                .loginFailuresPerAddress(loginFailuresPerAddress)
                .loginFailureWindow(loginFailureWindow)
                .readTimeout(readTimeout)
                .loginTimeout(loginTimeout)
                .maxConnectionsPerAddress(maxConnectionsPerAddress)
                .shutdownGrace(shutdownGrace)
                .requireTls(requireTls);
    }

    /** Builds a {@link ServerConfig}; every value not set keeps its default, written here and nowhere else. */
    public static final class Builder {
        private String roomName = Defaults.ROOM_NAME;
        private int port = Defaults.PORT;
        private String bindAddress = "*";
        private int maxMessageBytes = 64 * 1024;
        private int maxQueuedBytes = 4 * 1024 * 1024;
        private boolean allowGuests;
        private boolean allowRegistration = true;
        private ParleyVersion minClientVersion = new ParleyVersion(0, 0, 0);
        private int maxLoginAttempts = 3;
        private int loginFailuresPerAddress = 20;
        private Duration loginFailureWindow = Duration.ofMinutes(5);
        private Duration readTimeout = Duration.ZERO;
        private Duration loginTimeout = Duration.ofSeconds(30);
        private int maxConnectionsPerAddress = 16;
        private Duration shutdownGrace = Duration.ofSeconds(5);
        private boolean requireTls;

        private Builder() {}

        public Builder roomName(String name) {
            this.roomName = name;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder bindAddress(String address) {
            this.bindAddress = address;
            return this;
        }

        public Builder maxMessageBytes(int bytes) {
            this.maxMessageBytes = bytes;
            return this;
        }

        public Builder maxQueuedBytes(int bytes) {
            this.maxQueuedBytes = bytes;
            return this;
        }

        public Builder allowGuests(boolean allowed) {
            this.allowGuests = allowed;
            return this;
        }

        public Builder allowRegistration(boolean allowed) {
            this.allowRegistration = allowed;
            return this;
        }

        public Builder minClientVersion(ParleyVersion version) {
            this.minClientVersion = version;
            return this;
        }

        public Builder maxLoginAttempts(int attempts) {
            this.maxLoginAttempts = attempts;
            return this;
        }

        public Builder loginFailuresPerAddress(int failures) {
            this.loginFailuresPerAddress = failures;
            return this;
        }

        public Builder loginFailureWindow(Duration window) {
            this.loginFailureWindow = window;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** How long after connecting a client may take to log in, however much it sends meanwhile. */
        public Builder loginTimeout(Duration timeout) {
            this.loginTimeout = timeout;
            return this;
        }

        /** Connections one address (an IPv6 /64) may have open at once. */
        public Builder maxConnectionsPerAddress(int connections) {
            this.maxConnectionsPerAddress = connections;
            return this;
        }

        public Builder shutdownGrace(Duration grace) {
            this.shutdownGrace = grace;
            return this;
        }

        /** Refuse clients that speak plain JSON rather than TLS (off by default: spec clients speak plain). */
        public Builder requireTls(boolean required) {
            this.requireTls = required;
            return this;
        }

        /** @throws IllegalArgumentException naming the first value out of range */
        public ServerConfig build() {
            return new ServerConfig(
                    roomName,
                    port,
                    bindAddress,
                    maxMessageBytes,
                    maxQueuedBytes,
                    allowGuests,
                    allowRegistration,
                    minClientVersion,
                    maxLoginAttempts,
                    loginFailuresPerAddress,
                    loginFailureWindow,
                    readTimeout,
                    loginTimeout,
                    maxConnectionsPerAddress,
                    shutdownGrace,
                    requireTls);
        }
    }
}
