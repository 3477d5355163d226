package dev.parley.server;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.accounts.SaltSource;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.room.HashPool;
import dev.parley.server.room.LimitTrips;
import dev.parley.server.tls.RoomIdentity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A real room on a loopback port, with its stores in a test's folder and a cheap password hash. */
final class TestRoom implements AutoCloseable {

    final RoomServer server;
    final AccountStore accounts;
    final BanList bans;
    private final String host;
    private final List<TestClient> clients = new ArrayList<>();
    private HashGate gate;

    private TestRoom(
            Path dir, ServerConfig config, HashPool hashing, Clock clock, LimitTrips trips, RoomIdentity identity)
            throws Exception {
        this(dir, config, hashing, clock, trips, identity, null);
    }

    private TestRoom(
            Path dir,
            ServerConfig config,
            HashPool hashing,
            Clock clock,
            LimitTrips trips,
            RoomIdentity identity,
            Path historyFile)
            throws Exception {
        java.nio.file.Files.createDirectories(dir);
        accounts = AccountStore.open(
                dir.resolve("accounts.json"), SaltSource.fromSecretFile(dir.resolve("server.secret")), 1, clock);
        bans = BanList.open(dir.resolve("bans.json"), clock);
        if (historyFile != null) {
            server = new RoomServer(config, accounts, bans, clock, hashing, historyFile);
        } else if (identity == null) {
            server = new RoomServer(config, accounts, bans, clock, hashing, trips);
        } else {
            server = new RoomServer(config, accounts, bans, clock, hashing, identity);
        }
        server.start();
        host = config.bindAddress();
    }

    static TestRoom start(Path dir) throws Exception {
        return start(dir, c -> c);
    }

    static TestRoom start(Path dir, UnaryOperator<ServerConfig.Builder> tweak) throws Exception {
        return start(dir, tweak, HashPool.forThisMachine(), Clock.systemUTC());
    }

    /** A room whose stores and policies read {@code clock}, so a test can move time on instead of waiting. */
    static TestRoom start(Path dir, Clock clock) throws Exception {
        return start(dir, c -> c, HashPool.forThisMachine(), clock);
    }

    /**
     * A room whose password hashes wait for {@code gate} to open, on {@code threads} hashing threads with
     * {@code queue} waiting places. Closing the room opens the gate.
     */
    static TestRoom start(Path dir, UnaryOperator<ServerConfig.Builder> tweak, HashGate gate, int threads, int queue)
            throws Exception {
        TestRoom room = start(dir, tweak, gate.pool(threads, queue), Clock.systemUTC());
        room.gate = gate;
        return room;
    }

    /** A room that tells {@code trips} each time a limit refuses someone. */
    static TestRoom start(Path dir, UnaryOperator<ServerConfig.Builder> tweak, LimitTrips trips) throws Exception {
        return start(dir, tweak, HashPool.forThisMachine(), Clock.systemUTC(), trips);
    }

    /** A room with {@code tweak} over the test defaults, whose stores and policies read {@code clock}. */
    static TestRoom start(Path dir, UnaryOperator<ServerConfig.Builder> tweak, Clock clock) throws Exception {
        return start(dir, tweak, HashPool.forThisMachine(), clock, LimitTrips.NONE);
    }

    /** A room that presents {@code identity} to TLS clients, as one started from a data directory does. */
    static TestRoom start(Path dir, RoomIdentity identity) throws Exception {
        return new TestRoom(
                dir, base().build(), HashPool.forThisMachine(), Clock.systemUTC(), LimitTrips.NONE, identity);
    }

    private static TestRoom start(Path dir, UnaryOperator<ServerConfig.Builder> tweak, HashPool hashing, Clock clock)
            throws Exception {
        return start(dir, tweak, hashing, clock, LimitTrips.NONE);
    }

    private static TestRoom start(
            Path dir, UnaryOperator<ServerConfig.Builder> tweak, HashPool hashing, Clock clock, LimitTrips trips)
            throws Exception {
        return new TestRoom(dir, tweak.apply(base()).build(), hashing, clock, trips, null);
    }

    /**
     * Loopback, a free port, and the per-address limits on new connections and registrations lifted: the tests
     * open and register far more from 127.0.0.1 than one person would. Tests of those limits set them again.
     */
    private static ServerConfig.Builder base() {
        return ServerConfig.builder()
                .port(0)
                .bindAddress("127.0.0.1")
                .shutdownGrace(Duration.ofSeconds(3))
                .newConnectionBurstPerAddress(10_000)
                .registrationsPerAddress(10_000)
                .registrationsPerRoom(10_000);
    }

    /** A room that keeps its history in {@code dir}/history.json, as a room with a data directory does. */
    static TestRoom withHistoryFile(Path dir, UnaryOperator<ServerConfig.Builder> tweak, Clock clock) throws Exception {
        return new TestRoom(
                dir,
                tweak.apply(base()).build(),
                HashPool.forThisMachine(),
                clock,
                LimitTrips.NONE,
                null,
                dir.resolve(RoomServer.HISTORY_FILE_NAME));
    }

    InetSocketAddress address() {
        return new InetSocketAddress(host, server.port());
    }

    TestClient connect() throws IOException {
        return track(TestClient.connect(address(), null));
    }

    /** Connects from another loopback address (127.0.0.2, ...), to tell clients apart for bans. */
    TestClient connectFrom(String localAddress) throws IOException {
        return track(TestClient.connect(address(), localAddress));
    }

    /** A client that talks TLS and trusts the room's own certificate, as one that joined before would. */
    TestClient connectTls() throws IOException {
        return connectTls(server.certificateFingerprint().orElseThrow());
    }

    /** A TLS client that trusts only a certificate with {@code pinned} as fingerprint. */
    TestClient connectTls(Fingerprint pinned) throws IOException {
        return track(TestClient.connectTls(address(), pinned));
    }

    TestClient connectNonReading() throws IOException {
        return track(TestClient.connectNonReading(address()));
    }

    /** A new client, registered and logged in as {@code user} with password "pw-user". */
    TestClient registered(String user) throws Exception {
        TestClient c = connect();
        c.register(user, "pw-" + user);
        return c;
    }

    /** Hangs up every client connected so far. */
    void closeClients() throws IOException {
        for (TestClient c : clients) {
            c.close();
        }
    }

    private TestClient track(TestClient c) {
        clients.add(c);
        return c;
    }

    @Override
    public void close() throws IOException {
        if (gate != null) {
            gate.open();
        }
        // Clients first: a server stopping with clients still connected waits a moment for each to hang up.
        for (TestClient c : clients) {
            c.close();
        }
        server.stop();
    }
}
