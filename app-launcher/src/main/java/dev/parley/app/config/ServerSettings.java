package dev.parley.app.config;

import dev.parley.protocol.ProtocolVersion;
import dev.parley.server.ServerConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * server.json as written by people: every key optional, a missing one takes the default. config/README.md
 * documents each key. {@code maxLineBytes} is the old name of {@code maxMessageBytes}, still read (with a warning).
 */
public record ServerSettings(
        String roomName,
        Integer port,
        String bindAddress,
        Integer maxMessageBytes,
        Integer maxLineBytes,
        Integer maxQueuedBytes,
        Boolean allowGuests,
        Boolean allowRegistration,
        String minClientVersion,
        Integer maxLoginAttempts,
        Integer loginFailuresPerAddress,
        Integer loginFailureWindowSeconds,
        Integer readTimeoutSeconds,
        Integer passwordHashIterations) {

    public static final int DEFAULT_HASH_ITERATIONS = 600_000;
    private static final Logger LOG = LoggerFactory.getLogger(ServerSettings.class);

    public int hashIterations() {
        return passwordHashIterations == null ? DEFAULT_HASH_ITERATIONS : passwordHashIterations;
    }

    /** The room configuration these settings describe; IllegalArgumentException names a bad value. */
    public ServerConfig toServerConfig() {
        ServerConfig d = ServerConfig.defaults();
        if (passwordHashIterations != null && passwordHashIterations < 1) {
            throw new IllegalArgumentException("passwordHashIterations must be at least 1");
        }
        ProtocolVersion minVersion = d.minClientVersion();
        if (minClientVersion != null) {
            minVersion = ProtocolVersion.parse(minClientVersion);
        }
        return new ServerConfig(
                or(roomName, d.roomName()),
                or(port, d.port()),
                or(bindAddress, d.bindAddress()),
                messageBytes(d.maxMessageBytes()),
                or(maxQueuedBytes, d.maxQueuedBytes()),
                or(allowGuests, d.allowGuests()),
                or(allowRegistration, d.allowRegistration()),
                minVersion,
                or(maxLoginAttempts, d.maxLoginAttempts()),
                or(loginFailuresPerAddress, d.loginFailuresPerAddress()),
                loginFailureWindowSeconds == null ? d.loginFailureWindow()
                        : Duration.ofSeconds(nonNegative("loginFailureWindowSeconds", loginFailureWindowSeconds)),
                readTimeoutSeconds == null ? d.readTimeout()
                        : Duration.ofSeconds(nonNegative("readTimeoutSeconds", readTimeoutSeconds)),
                d.shutdownGrace());
    }

    /** {@code maxLineBytes} is the key's name from before messages were framed by JSON object rather than line. */
    private int messageBytes(int fallback) {
        if (maxLineBytes != null) {
            LOG.warn("server.json: \"maxLineBytes\" is deprecated; call it \"maxMessageBytes\"{}",
                    maxMessageBytes != null ? " (both are set: maxMessageBytes wins)" : "");
        }
        return maxMessageBytes != null ? maxMessageBytes : or(maxLineBytes, fallback);
    }

    private static int nonNegative(String key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative");
        }
        return value;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
