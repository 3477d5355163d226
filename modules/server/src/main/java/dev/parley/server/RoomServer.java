package dev.parley.server;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.Ban;
import dev.parley.accounts.BanList;
import dev.parley.protocol.OwnerToken;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.net.ClientConnection;
import dev.parley.server.net.FlushScheduler;
import dev.parley.server.room.ConnectionServer;
import dev.parley.server.room.HashPool;
import dev.parley.server.room.HostCommands;
import dev.parley.server.room.LimitTrips;
import dev.parley.server.tls.RoomIdentity;
import dev.parley.server.tls.RoomIdentityFile;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat room listening on a TCP port: blocking sockets, a virtual thread to read and one to write for each
 * connection. Start it, use {@link #port()}, and {@link #stop()} it (every client gets {@code shutdown}).
 */
public final class RoomServer implements RoomAdmin, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RoomServer.class);

    /** The history's file name in the data directory. */
    public static final String HISTORY_FILE_NAME = "history.json";

    private final ServerConfig config;
    private final AccountStore accounts;
    private final ConnectionServer connections;
    private final HostCommands commands;
    private final Optional<RoomIdentity> identity;
    private final AtomicLong connectionIds = new AtomicLong();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private ServerSocket serverSocket;
    private volatile FlushScheduler flushScheduler;

    /**
     * A room whose TLS identity lives only as long as it does, for rooms without a data directory (tests): its
     * fingerprint changes on every start. A room with a data directory keeps one ({@link RoomIdentityFile}).
     */
    public RoomServer(ServerConfig config, AccountStore accounts, BanList bans, Clock clock) {
        this(config, accounts, bans, clock, temporaryIdentity(config));
    }

    /** @param identity who the room is to TLS clients; unused when {@code config.tls()} is off, may then be null */
    public RoomServer(ServerConfig config, AccountStore accounts, BanList bans, Clock clock, RoomIdentity identity) {
        this(config, accounts, bans, clock, HashPool.forThisMachine(), identity, LimitTrips.NONE, null);
    }

    /**
     * A room that keeps its history in {@code historyFile} ({@link #HISTORY_FILE_NAME} in its data directory), so
     * that it survives a restart.
     *
     * @param identity who the room is to TLS clients; unused when {@code config.tls()} is off, may then be null
     */
    public RoomServer(
            ServerConfig config,
            AccountStore accounts,
            BanList bans,
            Clock clock,
            RoomIdentity identity,
            Path historyFile) {
        this(config, accounts, bans, clock, HashPool.forThisMachine(), identity, LimitTrips.NONE, historyFile);
    }

    /** With the password hashing in the caller's hands, for tests that need a hash to take as long as they say. */
    RoomServer(ServerConfig config, AccountStore accounts, BanList bans, Clock clock, HashPool hashing) {
        this(config, accounts, bans, clock, hashing, temporaryIdentity(config), LimitTrips.NONE, null);
    }

    /** With the history kept in {@code historyFile}, and the password hashing in the caller's hands (tests). */
    RoomServer(
            ServerConfig config, AccountStore accounts, BanList bans, Clock clock, HashPool hashing, Path historyFile) {
        this(config, accounts, bans, clock, hashing, temporaryIdentity(config), LimitTrips.NONE, historyFile);
    }

    /** With {@code trips} told each time a limit refuses someone (the host's list of who tripped what). */
    RoomServer(
            ServerConfig config, AccountStore accounts, BanList bans, Clock clock, HashPool hashing, LimitTrips trips) {
        this(config, accounts, bans, clock, hashing, temporaryIdentity(config), trips, null);
    }

    RoomServer(
            ServerConfig config,
            AccountStore accounts,
            BanList bans,
            Clock clock,
            HashPool hashing,
            RoomIdentity identity) {
        this(config, accounts, bans, clock, hashing, identity, LimitTrips.NONE, null);
    }

    private RoomServer(
            ServerConfig config,
            AccountStore accounts,
            BanList bans,
            Clock clock,
            HashPool hashing,
            RoomIdentity identity,
            LimitTrips trips,
            Path historyFile) {
        this.config = config;
        this.accounts = accounts;
        this.identity = config.tls() ? Optional.of(Objects.requireNonNull(identity, "identity")) : Optional.empty();
        this.connections = new ConnectionServer(
                config,
                accounts,
                bans,
                clock,
                hashing,
                trips,
                this.identity.map(RoomIdentity::serverContext),
                historyFile);
        this.commands = connections.hostCommands();
    }

    private static RoomIdentity temporaryIdentity(ServerConfig config) {
        return config.tls() ? RoomIdentity.generate(config.roomName()) : null;
    }

    /** Binds the port and starts accepting; returns once clients can connect. */
    public synchronized void start() throws ServerStartException {
        if (serverSocket != null) {
            throw new IllegalStateException("already started");
        }
        try {
            OwnerAccount.ensure(accounts, config.owner());
        } catch (IOException e) {
            throw new ServerStartException(
                    "Cannot make the owner's account " + config.owner() + ": " + e.getMessage(), e);
        }
        InetSocketAddress address = bindAddress();
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            try {
                socket.bind(address, 512);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
            serverSocket = socket;
            flushScheduler = new FlushScheduler(FlushScheduler.DEFAULT_TICK_NANOS);
        } catch (BindException e) {
            throw new ServerStartException(
                    "Port " + config.port() + " on " + describe(address)
                            + " is in use, or not allowed to this user. Stop what uses it, or choose another with --port.",
                    e);
        } catch (IOException e) {
            throw new ServerStartException(
                    "Cannot listen on " + describe(address) + " port " + config.port() + ": " + e.getMessage(), e);
        }
        Thread.ofVirtual().name("parley-acceptor").start(this::acceptLoop);
        LOG.info("Room \"{}\" listening on {} port {}", config.roomName(), describe(address), port());
        identity.ifPresentOrElse(
                id -> LOG.info(
                        "TLS 1.3 {}; certificate fingerprint (SHA-256): {}",
                        config.requireTls() ? "required" : "offered, plain JSON too",
                        id.fingerprint()),
                () -> LOG.info("TLS off: clients talk plain JSON"));
    }

    /** The port the room listens on (useful when configured as 0). */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /**
     * Sends {@code shutdown} to everyone, closes every connection and stops listening. Safe to call twice, from
     * any threads: every call returns once the room has stopped.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            awaitStopUninterruptibly();
            return;
        }
        try {
            LOG.info("Room \"{}\" closing", config.roomName());
            try {
                ServerSocket listening;
                synchronized (this) {
                    listening = serverSocket;
                }
                if (listening != null) {
                    listening.close();
                }
            } catch (IOException e) {
                LOG.debug("closing the listening socket: {}", e.toString());
            }
            connections.shutdown();
            if (flushScheduler != null) {
                flushScheduler.close();
            }
        } finally {
            terminated.countDown();
        }
    }

    private void awaitStopUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                terminated.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The secret with which this process's own client enters the room as its owner ({@code owner_login}), made on
     * the first call and held in memory only: the desktop app asks for it, a headless room never does (and so
     * refuses every owner login). Hand it to nobody else.
     *
     * @throws IllegalStateException when the room has no owner
     */
    public OwnerToken issueOwnerToken() {
        return connections.issueOwnerToken();
    }

    @Override
    public boolean setPassword(String username, char[] password) throws IOException {
        if (!accounts.isRegistered(username)) {
            return false;
        }
        LOG.info("The host set a new password for {}", dev.parley.server.logging.LogSafe.text(username));
        return accounts.changePassword(username, PasswordDigest.clientHash(password, accounts.saltFor(username)));
    }

    @Override
    public Optional<String> owner() {
        return config.hasOwner() ? Optional.of(config.owner()) : Optional.empty();
    }

    /** Whether the room has started and not yet been stopped. */
    public synchronized boolean isRunning() {
        return serverSocket != null && !stopped.get();
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        terminated.await();
    }

    @Override
    public void close() {
        stop();
    }

    // ---- admin ----

    @Override
    public String roomName() {
        return config.roomName();
    }

    @Override
    public Optional<Fingerprint> certificateFingerprint() {
        return identity.map(RoomIdentity::fingerprint);
    }

    @Override
    public List<OnlineUser> onlineUsers() {
        return commands.onlineUsers();
    }

    @Override
    public List<Ban> bans() {
        return commands.bans();
    }

    @Override
    public List<SeenUser> recentlySeen() {
        return commands.recentlySeen();
    }

    @Override
    public Ban banAddress(String address, String reason, Duration duration) throws IOException {
        return commands.banAddress(address, reason, duration);
    }

    @Override
    public Ban banUser(String username, String reason, Duration duration) throws IOException {
        return commands.banUser(username, reason, duration);
    }

    @Override
    public BanTarget banTarget(String text) {
        return BanTarget.resolve(text, commands::isKnownUser);
    }

    @Override
    public List<Ban> unban(String addressOrUsername) throws IOException {
        return commands.unban(addressOrUsername);
    }

    @Override
    public boolean kick(String username, String reason) {
        return commands.kick(username, reason);
    }

    @Override
    public void shutdown() {
        stop();
    }

    // ---- sockets ----

    /**
     * Accepts until the room stops. A failing accept (out of file descriptors, say) is no reason to stop: the
     * room backs off, retries, and serves again as soon as it can.
     */
    private void acceptLoop() {
        var backOff = new AcceptBackOff();
        while (!stopped.get()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (stopped.get() || serverSocket.isClosed()) {
                    return;
                }
                try {
                    backOff.failed(e);
                } catch (InterruptedException stop) {
                    return;
                }
                continue;
            }
            backOff.succeeded();
            try {
                serve(socket);
            } catch (RuntimeException e) {
                LOG.error("Could not serve a new connection from {}", socket.getInetAddress(), e);
                closeQuietly(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.setSoTimeout(
                    (int) Math.min(Integer.MAX_VALUE, config.readTimeout().toMillis()));
        } catch (SocketException e) {
            LOG.debug("socket options: {}", e.toString());
        }
        var limits = new ClientConnection.QueueLimits(config.maxQueuedBytesBeforeLogin(), config.maxQueuedBytes());
        var connection = new ClientConnection(connectionIds.incrementAndGet(), socket, limits, flushScheduler);
        Thread.ofVirtual().name("parley-reader-" + connection.id()).start(() -> connections.serve(connection));
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing a socket: {}", e.toString());
        }
    }

    private InetSocketAddress bindAddress() throws ServerStartException {
        String bind = config.bindAddress().strip();
        if (bind.isEmpty() || bind.equals("*")) {
            return new InetSocketAddress(config.port());
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), config.port());
        } catch (UnknownHostException e) {
            throw new ServerStartException("Cannot listen on \"" + bind + "\": no such address or host name.", e);
        }
    }

    private static String describe(InetSocketAddress address) {
        return address.getAddress().isAnyLocalAddress()
                ? "all interfaces"
                : address.getAddress().getHostAddress();
    }
}
