package dev.parley.app.config;

import dev.parley.protocol.ParleyVersion;
import dev.parley.server.ServerConfig;
import java.time.Duration;
import java.util.function.Consumer;
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
        Boolean announce,
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
        Integer loginTimeoutSeconds,
        Integer maxConnectionsPerAddress,
        Integer maxConnections,
        Integer newConnectionBurstPerAddress,
        Integer newConnectionRefillSeconds,
        Integer registrationsPerAddress,
        Integer registrationsPerRoom,
        Integer registrationWindowSeconds,
        Integer loginFailuresPerAccount,
        Integer chatMessageBurst,
        Integer chatMessagesPerSecond,
        Integer typingChangesPerSecond,
        Integer userListsPerSecond,
        Integer maxMessageChars,
        Boolean tls,
        Boolean requireTls,
        Integer historySize,
        String owner,
        Integer passwordHashIterations) {

    public static final int DEFAULT_HASH_ITERATIONS = 600_000;
    private static final Logger LOG = LoggerFactory.getLogger(ServerSettings.class);

    public int hashIterations() {
        return passwordHashIterations == null ? DEFAULT_HASH_ITERATIONS : passwordHashIterations;
    }

    /** The room configuration these settings describe; IllegalArgumentException names a bad value. */
    public ServerConfig toServerConfig() {
        if (passwordHashIterations != null && passwordHashIterations < 1) {
            throw new IllegalArgumentException("passwordHashIterations must be at least 1");
        }
        // A key left out keeps the builder's default: the defaults are written once, in ServerConfig.
        ServerConfig.Builder b = ServerConfig.builder();
        set(roomName, b::roomName);
        set(port, b::port);
        set(bindAddress, b::bindAddress);
        set(announce, b::announce);
        set(messageBytes(), b::maxMessageBytes);
        set(maxQueuedBytes, b::maxQueuedBytes);
        set(allowGuests, b::allowGuests);
        set(allowRegistration, b::allowRegistration);
        set(minClientVersion == null ? null : ParleyVersion.parse(minClientVersion), b::minClientVersion);
        set(maxLoginAttempts, b::maxLoginAttempts);
        set(loginFailuresPerAddress, b::loginFailuresPerAddress);
        set(seconds("loginFailureWindowSeconds", loginFailureWindowSeconds), b::loginFailureWindow);
        set(seconds("readTimeoutSeconds", readTimeoutSeconds), b::readTimeout);
        set(seconds("loginTimeoutSeconds", loginTimeoutSeconds), b::loginTimeout);
        set(maxConnectionsPerAddress, b::maxConnectionsPerAddress);
        set(maxConnections, b::maxConnections);
        set(newConnectionBurstPerAddress, b::newConnectionBurstPerAddress);
        set(seconds("newConnectionRefillSeconds", newConnectionRefillSeconds), b::newConnectionRefill);
        set(registrationsPerAddress, b::registrationsPerAddress);
        set(registrationsPerRoom, b::registrationsPerRoom);
        set(seconds("registrationWindowSeconds", registrationWindowSeconds), b::registrationWindow);
        set(loginFailuresPerAccount, b::loginFailuresPerAccount);
        set(chatMessageBurst, b::chatMessageBurst);
        set(chatMessagesPerSecond, b::chatMessagesPerSecond);
        set(typingChangesPerSecond, b::typingChangesPerSecond);
        set(userListsPerSecond, b::userListsPerSecond);
        set(maxMessageChars, b::maxMessageChars);
        set(tls, b::tls);
        set(requireTls, b::requireTls);
        set(historySize, b::historySize);
        set(owner, b::owner);
        return b.build();
    }

    /** {@code maxLineBytes} is the key's name from before messages were framed by JSON object rather than line. */
    private Integer messageBytes() {
        if (maxLineBytes != null) {
            LOG.warn(
                    "server.json: \"maxLineBytes\" is deprecated; call it \"maxMessageBytes\"{}",
                    maxMessageBytes != null ? " (both are set: maxMessageBytes wins)" : "");
        }
        return maxMessageBytes != null ? maxMessageBytes : maxLineBytes;
    }

    private static Duration seconds(String key, Integer value) {
        if (value == null) {
            return null;
        }
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative");
        }
        return Duration.ofSeconds(value);
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
