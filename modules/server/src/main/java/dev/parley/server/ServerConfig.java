package dev.parley.server;

import dev.parley.protocol.Defaults;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.Usernames;
import java.time.Duration;
import java.util.Objects;

/**
 * How a room behaves. {@code bindAddress} "*" listens on every interface (IPv4 and IPv6); a zero
 * {@code readTimeout} lets a silent client stay as long as its TCP connection lives; a client not logged in
 * {@code loginTimeout} after connecting is closed; {@code maxMessageBytes} is the
 * largest JSON object a client may send; {@code tls} lets clients talk TLS 1.3 on the same port (told apart by their
 * first byte), and {@code requireTls} refuses those that talk plain JSON; the room keeps its last
 * {@code historySize} chat lines (0: none) and gives them to each newcomer; {@code announce} lets the launcher
 * announce the room on the local network; {@code owner} is the account that hosts the room ("" for none): the room
 * makes it on start when it is missing, names it in the {@code room} message, and lets the hosting app's own client
 * enter as it with an owner token. Build one with {@link #builder()}.
 */
public record ServerConfig(
        String roomName,
        int port,
        String bindAddress,
        boolean announce,
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
        int maxConnections,
        int newConnectionBurstPerAddress,
        Duration newConnectionRefill,
        int registrationsPerAddress,
        int registrationsPerRoom,
        Duration registrationWindow,
        int loginFailuresPerAccount,
        int chatMessageBurst,
        int chatMessagesPerSecond,
        int typingChangesPerSecond,
        int userListsPerSecond,
        int maxMessageChars,
        Duration shutdownGrace,
        boolean tls,
        boolean requireTls,
        int historySize,
        String owner) {

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
        if (maxConnections < 0) {
            throw new IllegalArgumentException("maxConnections must be 0 (automatic) or more, not " + maxConnections);
        }
        atLeastOne("newConnectionBurstPerAddress", newConnectionBurstPerAddress);
        atLeastOne("registrationsPerAddress", registrationsPerAddress);
        atLeastOne("registrationsPerRoom", registrationsPerRoom);
        atLeastOne("loginFailuresPerAccount", loginFailuresPerAccount);
        atLeastOne("chatMessageBurst", chatMessageBurst);
        atLeastOne("chatMessagesPerSecond", chatMessagesPerSecond);
        atLeastOne("typingChangesPerSecond", typingChangesPerSecond);
        atLeastOne("userListsPerSecond", userListsPerSecond);
        atLeastOne("maxMessageChars", maxMessageChars);
        positive("newConnectionRefill", newConnectionRefill);
        positive("registrationWindow", registrationWindow);
        if (historySize < 0 || historySize > MAX_HISTORY_SIZE) {
            throw new IllegalArgumentException(
                    "historySize must be 0 (no history) to " + MAX_HISTORY_SIZE + ", not " + historySize);
        }
        Objects.requireNonNull(owner, "owner");
        if (!owner.isEmpty() && !Usernames.isValid(owner)) {
            throw new IllegalArgumentException("owner must be empty (no owner) or a username: "
                    + Usernames.problemWith(owner).orElseThrow());
        }
        if (requireTls && !tls) {
            throw new IllegalArgumentException(
                    "requireTls needs tls: a room that does not speak TLS cannot require it");
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    /** The most chat lines a room keeps; a newcomer gets them all in one message. */
    public static final int MAX_HISTORY_SIZE = 10_000;
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
                .announce(announce)
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
                .maxConnections(maxConnections)
                .newConnectionBurstPerAddress(newConnectionBurstPerAddress)
                .newConnectionRefill(newConnectionRefill)
                .registrationsPerAddress(registrationsPerAddress)
                .registrationsPerRoom(registrationsPerRoom)
                .registrationWindow(registrationWindow)
                .loginFailuresPerAccount(loginFailuresPerAccount)
                .chatMessageBurst(chatMessageBurst)
                .chatMessagesPerSecond(chatMessagesPerSecond)
                .typingChangesPerSecond(typingChangesPerSecond)
                .userListsPerSecond(userListsPerSecond)
                .maxMessageChars(maxMessageChars)
                .shutdownGrace(shutdownGrace)
                .tls(tls)
                .requireTls(requireTls)
                .historySize(historySize)
                .owner(owner);
    }

    /** Whether the room has an owner. */
    public boolean hasOwner() {
        return !owner.isEmpty();
    }

    /** Builds a {@link ServerConfig}; every value not set keeps its default, written here and nowhere else. */
    public static final class Builder {
        private String roomName = Defaults.ROOM_NAME;
        private int port = Defaults.PORT;
        private String bindAddress = "*";
        private boolean announce = true;
        private int maxMessageBytes = 64 * 1024;
        private int maxQueuedBytes = 4 * 1024 * 1024;
        private boolean allowGuests;
        private boolean allowRegistration = true;
        private ParleyVersion minClientVersion = new ParleyVersion(0, 0, 0);
        private int maxLoginAttempts = 3;
        private int loginFailuresPerAddress = 100;
        private Duration loginFailureWindow = Duration.ofMinutes(5);
        private Duration readTimeout = Duration.ZERO;
        private Duration loginTimeout = Duration.ofSeconds(30);
        private int maxConnectionsPerAddress = 16;
        private int maxConnections = 0;
        private int newConnectionBurstPerAddress = 20;
        private Duration newConnectionRefill = Duration.ofSeconds(3);
        private int registrationsPerAddress = 5;
        private int registrationsPerRoom = 30;
        private Duration registrationWindow = Duration.ofMinutes(10);
        private int loginFailuresPerAccount = 10;
        private int chatMessageBurst = 10;
        private int chatMessagesPerSecond = 5;
        private int typingChangesPerSecond = 4;
        private int userListsPerSecond = 1;
        private int maxMessageChars = Defaults.MAX_MESSAGE_CHARS;
        private Duration shutdownGrace = Duration.ofSeconds(5);
        private boolean tls = true;
        private boolean requireTls;
        private int historySize = 200;
        private String owner = "";

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

        /** Whether the room announces itself on the local network (DNS-SD over multicast DNS). */
        public Builder announce(boolean enabled) {
            this.announce = enabled;
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

        /** Connections the room holds open at once, from everyone; 0 picks a share of the process's file limit. */
        public Builder maxConnections(int value) {
            this.maxConnections = value;
            return this;
        }

        /** New connections one address (an IPv6 /64) may open in a burst; one more comes back every newConnectionRefill. */
        public Builder newConnectionBurstPerAddress(int value) {
            this.newConnectionBurstPerAddress = value;
            return this;
        }

        public Builder newConnectionRefill(Duration value) {
            this.newConnectionRefill = value;
            return this;
        }

        /** Accounts one address may register per registrationWindow. */
        public Builder registrationsPerAddress(int value) {
            this.registrationsPerAddress = value;
            return this;
        }

        /** Accounts the whole room takes per registrationWindow. */
        public Builder registrationsPerRoom(int value) {
            this.registrationsPerRoom = value;
            return this;
        }

        public Builder registrationWindow(Duration value) {
            this.registrationWindow = value;
            return this;
        }

        /** Failed logins to one account (from one address, or from all once it is attacked) before it is slowed. */
        public Builder loginFailuresPerAccount(int value) {
            this.loginFailuresPerAccount = value;
            return this;
        }

        /** Chat messages a member may send in a burst; chatMessagesPerSecond come back each second. */
        public Builder chatMessageBurst(int value) {
            this.chatMessageBurst = value;
            return this;
        }

        public Builder chatMessagesPerSecond(int value) {
            this.chatMessagesPerSecond = value;
            return this;
        }

        /** Typing changes a member may send a second (a burst of twice that). */
        public Builder typingChangesPerSecond(int value) {
            this.typingChangesPerSecond = value;
            return this;
        }

        /** User-list requests a member may send a second (a burst of three). */
        public Builder userListsPerSecond(int value) {
            this.userListsPerSecond = value;
            return this;
        }

        /** Longest chat message, in Unicode code points. */
        public Builder maxMessageChars(int value) {
            this.maxMessageChars = value;
            return this;
        }

        public Builder shutdownGrace(Duration grace) {
            this.shutdownGrace = grace;
            return this;
        }

        /** Whether clients may talk TLS 1.3 (on the same port as plain JSON). */
        public Builder tls(boolean enabled) {
            this.tls = enabled;
            return this;
        }

        /** Whether plain JSON connections are refused with {@code tls_required}. */
        public Builder requireTls(boolean required) {
            this.requireTls = required;
            return this;
        }

        /** Chat lines the room keeps and gives each newcomer; 0 keeps none. */
        public Builder historySize(int lines) {
            this.historySize = lines;
            return this;
        }

        /** The account that hosts the room; "" (or null) for none. */
        public Builder owner(String username) {
            this.owner = username == null ? "" : username.strip();
            return this;
        }

        /** @throws IllegalArgumentException naming the first value out of range */
        public ServerConfig build() {
            return new ServerConfig(
                    roomName,
                    port,
                    bindAddress,
                    announce,
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
                    maxConnections,
                    newConnectionBurstPerAddress,
                    newConnectionRefill,
                    registrationsPerAddress,
                    registrationsPerRoom,
                    registrationWindow,
                    loginFailuresPerAccount,
                    chatMessageBurst,
                    chatMessagesPerSecond,
                    typingChangesPerSecond,
                    userListsPerSecond,
                    maxMessageChars,
                    shutdownGrace,
                    tls,
                    requireTls,
                    historySize,
                    owner);
        }
    }
}
