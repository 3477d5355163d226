package dev.parley.testroom;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.accounts.SaltSource;
import dev.parley.accounts.StoreException;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.server.ServerStartException;
import dev.parley.server.tls.RoomIdentityFile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A real room on a loopback port for tests of what talks to a room: its stores in the test's folder, the cheapest
 * password hash (one iteration: tests measure behaviour, not hashing cost), the clock the test gives. Close it to
 * stop the room.
 *
 * <pre>{@code
 * try (var room = RunningRoom.in(dir).configured(c -> c.allowGuests(true)).start()) {
 *     ParleyClient.connect(room.host(), room.port());
 * }
 * }</pre>
 */
public final class RunningRoom implements AutoCloseable {

    /** Loopback only: a test's room is never reachable from another machine. */
    public static final String LOOPBACK = "127.0.0.1";

    private final RoomServer server;
    private final AccountStore accounts;
    private final BanList bans;
    private final String host;

    private RunningRoom(RoomServer server, AccountStore accounts, BanList bans, String host) {
        this.server = server;
        this.accounts = accounts;
        this.bans = bans;
        this.host = host;
    }

    /** A room whose accounts, bans and secret live in {@code dir} (created if missing). */
    public static Builder in(Path dir) {
        return new Builder(dir);
    }

    public RoomServer server() {
        return server;
    }

    public AccountStore accounts() {
        return accounts;
    }

    public BanList bans() {
        return bans;
    }

    /** The address clients connect to ("127.0.0.1" unless the configuration bound another). */
    public String host() {
        return host;
    }

    public int port() {
        return server.port();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(host, port());
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * The room's defaults with the per-address limits on new connections and registrations lifted: a test connects
     * and registers everyone from 127.0.0.1, far more than one person would. A test of those limits sets them.
     */
    public static ServerConfig.Builder liftedForTests(ServerConfig.Builder config) {
        return config.newConnectionBurstPerAddress(10_000)
                .registrationsPerAddress(10_000)
                .registrationsPerRoom(10_000);
    }

    /** What the test changes; everything else is the room's defaults on a free loopback port. */
    public static final class Builder {

        private final Path dir;
        private UnaryOperator<ServerConfig.Builder> tweak = UnaryOperator.identity();
        private Clock clock = Clock.systemUTC();
        private boolean keepIdentity;

        private Builder(Path dir) {
            this.dir = Objects.requireNonNull(dir, "dir");
        }

        /** Changes the configuration: it starts as the defaults on a free port of 127.0.0.1. */
        public Builder configured(UnaryOperator<ServerConfig.Builder> change) {
            this.tweak = Objects.requireNonNull(change, "change");
            return this;
        }

        /**
         * Keeps the room's TLS identity in {@code dir}, as a hosted room does, so a room started again there shows the
         * same fingerprint (by default each start makes a new one).
         */
        public Builder keepingIdentity() {
            this.keepIdentity = true;
            return this;
        }

        /** The clock of the room and its stores, e.g. a {@link dev.parley.testsupport.MutableClock}. */
        public Builder clock(Clock roomClock) {
            this.clock = Objects.requireNonNull(roomClock, "clock");
            return this;
        }

        /** Opens the stores and starts the room; returns once clients can connect. */
        public RunningRoom start() throws IOException, StoreException, ServerStartException {
            Files.createDirectories(dir);
            ServerConfig config = tweak.apply(
                            liftedForTests(ServerConfig.builder().port(0).bindAddress(LOOPBACK)))
                    .build();
            AccountStore accounts = AccountStore.open(
                    dir.resolve("accounts.json"), SaltSource.fromSecretFile(dir.resolve("server.secret")), 1, clock);
            BanList bans = BanList.open(dir.resolve("bans.json"), clock);
            RoomServer server = keepIdentity
                    ? new RoomServer(
                            config,
                            accounts,
                            bans,
                            clock,
                            RoomIdentityFile.loadOrCreate(
                                    dir.resolve(RoomIdentityFile.FILE_NAME), "Parley test room", clock))
                    : new RoomServer(config, accounts, bans, clock);
            server.start();
            String host = "*".equals(config.bindAddress()) ? LOOPBACK : config.bindAddress();
            return new RunningRoom(server, accounts, bans, host);
        }
    }
}
