package dev.parley.server.room;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.FrameException;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.server.ServerConfig;
import dev.parley.server.net.ClientConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room behind the listening socket: serves each accepted connection's requests until it closes, and ends every
 * connection when the room stops. The host's commands are {@link #hostCommands()}.
 */
public final class ConnectionServer {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionServer.class);
    /** Clients send a message now and then; a small read buffer keeps 10,000 idle connections cheap. */
    private static final int READ_BUFFER_BYTES = 2048;
    /** How long a refused connection may take to show whether it speaks TLS, so that the refusal reaches it. */
    private static final Duration REFUSAL_WAIT = Duration.ofMillis(500);
    /** The longest a chat line waits to be saved in the history file: a crash loses at most this much of it. */
    private static final Duration HISTORY_SAVE_DELAY = Duration.ofSeconds(1);

    private final ServerConfig config;
    private final AccountStore accounts;
    private final BanList bans;
    private final MessageCodec codec = new MessageCodec();
    private final RoomMembers members;
    /** Null where the history lives in memory only (no data directory, or no history). */
    private final HistorySaver historySaver;

    private final Sessions sessions = new Sessions();
    private final RequestDispatcher dispatcher;
    private final HostCommands hostCommands;
    private final HashPool hashing;
    private final ConnectionLimits limits;
    private final LimitTrips trips;
    private final OncePerMinute refusalLog = new OncePerMinute();
    private final RecentlySeen seen;
    private final ChannelOpener channels;

    /** @param hashing where passwords are hashed; closed when the room shuts down */
    public ConnectionServer(ServerConfig config, AccountStore accounts, BanList bans, Clock clock, HashPool hashing) {
        this(config, accounts, bans, clock, hashing, LimitTrips.NONE, Optional.empty());
    }

    /**
     * @param hashing where passwords are hashed; closed when the room shuts down
     * @param trips told each time a limit refuses someone
     * @param tls the room's TLS identity as a server context; empty when the room speaks plain JSON only
     */
    public ConnectionServer(
            ServerConfig config,
            AccountStore accounts,
            BanList bans,
            Clock clock,
            HashPool hashing,
            LimitTrips trips,
            Optional<SSLContext> tls) {
        this(config, accounts, bans, clock, hashing, trips, tls, null);
    }

    /**
     * @param hashing where passwords are hashed; closed when the room shuts down
     * @param trips told each time a limit refuses someone
     * @param tls the room's TLS identity as a server context; empty when the room speaks plain JSON only
     * @param historyFile where the history is kept (history.json in the data directory); null keeps
     *     it in memory only
     */
    public ConnectionServer(
            ServerConfig config,
            AccountStore accounts,
            BanList bans,
            Clock clock,
            HashPool hashing,
            LimitTrips trips,
            Optional<SSLContext> tls,
            Path historyFile) {
        this.config = config;
        HistoryFile file =
                historyFile == null || config.historySize() == 0 ? null : new HistoryFile(historyFile, codec);
        this.members = new RoomMembers(
                codec, new ChatHistory(config.historySize(), codec, file == null ? List.of() : load(file, clock)));
        if (file != null) {
            // version 0: what was just read is on disk already
            this.historySaver = new HistorySaver(file, members::historySnapshot, HISTORY_SAVE_DELAY, 0);
            members.onHistoryChanged(historySaver::changed);
        } else {
            this.historySaver = null;
        }
        this.channels = new ChannelOpener(tls);
        this.accounts = accounts;
        this.bans = bans;
        this.hashing = hashing;
        this.seen = new RecentlySeen(clock);
        this.trips = (address, username, code) -> {
            seen.tripped(address, username, code);
            trips.tripped(address, username, code);
        };
        this.limits = new ConnectionLimits(config, clock);
        this.dispatcher =
                new RequestDispatcher(config, accounts, bans, members, codec, clock, hashing, this.trips, seen);
        this.hostCommands = new HostCommands(accounts, bans, members, sessions, codec, seen);
    }

    /** The history the file holds; an unreadable file is set aside with a warning, and the room starts without. */
    private static List<ChatMessage> load(HistoryFile file, Clock clock) {
        try {
            file.deleteLeftovers();
        } catch (IOException e) {
            LOG.warn("Could not delete what a crash left beside {}: {}", file.path(), e.toString());
        }
        try {
            List<ChatMessage> lines = file.read();
            LOG.info("History: {} message(s) from {}", lines.size(), file.path());
            return lines;
        } catch (HistoryFile.Unreadable | IOException e) {
            try {
                Path aside = file.setAside(clock);
                LOG.warn(
                        "Could not read the room's history {} ({}); set it aside as {} and started with no history.",
                        file.path(),
                        e.getMessage(),
                        aside.getFileName());
            } catch (IOException moving) {
                LOG.warn(
                        "Could not read the room's history {} ({}), nor move it aside ({}); started with no history,"
                                + " which replaces it with the first message.",
                        file.path(),
                        e.getMessage(),
                        moving.toString());
            }
            return List.of();
        }
    }

    public HostCommands hostCommands() {
        return hostCommands;
    }

    /** The token with which the hosting app's own client enters as the owner; made on the first call. */
    public dev.parley.protocol.OwnerToken issueOwnerToken() {
        return dispatcher.ownerLogin().issue();
    }

    /** Serves one accepted connection until it closes; runs on that connection's own (virtual) thread. */
    public void serve(ClientConnection connection) {
        connection.startWriter();
        var session = new Session(connection);
        // Registered before anything is checked, so a shutdown or a ban coming meanwhile finds this connection.
        if (!sessions.add(session)) {
            connection.sendAndClose(codec.encode(new Shutdown()));
            connection.closeAfterDraining();
            return;
        }
        boolean counted = false;
        InetAddress address = connection.address();
        try {
            long loginDeadline =
                    connection.acceptedNanos() + config.loginTimeout().toNanos();
            Optional<ConnectionLimits.Refusal> limited = limits.admit(address);
            if (limited.isPresent()) {
                // Refused by a limit: answered in plain JSON at once, without reading or a TLS handshake, so that
                // a flood of refused connections costs the room no more than accepting and closing them.
                connection.choosePlain();
                connection.sendAndClose(codec.encode(refusal(connection, limited.get())));
                return;
            }
            counted = true;
            // A banned address is refused over the channel its client speaks, so that a Parley client sees why: it
            // may first say which, briefly; it is counted meanwhile, so its address's limits bound what that costs.
            ServerMessage refusal = null;
            if (bans.forAddress(address).isPresent()) {
                // A banned address reconnecting in a loop must not fill the disk with this line.
                if (refusalLog.shouldLog(address)) {
                    LOG.info("Refused {}: banned (logged once a minute per address)", connection);
                }
                refusal = BanNotice.lookUp(bans, null, address);
            }
            long openBy = refusal == null
                    ? loginDeadline
                    : Math.min(loginDeadline, System.nanoTime() + REFUSAL_WAIT.toNanos());
            ChannelOpener.Opened opened = channels.open(connection, openBy);
            if (refusal != null) {
                if (!(opened instanceof ChannelOpener.Opened.Lost)) {
                    connection.sendAndClose(codec.encode(refusal));
                }
                return;
            }
            InputStream in;
            switch (opened) {
                case ChannelOpener.Opened.Lost lost -> {
                    return;
                }
                case ChannelOpener.Opened.Silent silent -> {
                    loginTimedOut(connection, session);
                    return;
                }
                case ChannelOpener.Opened.Plain plain -> {
                    if (config.requireTls()) {
                        LOG.debug("Refused {}: plain connection while the room requires TLS", connection);
                        connection.sendAndClose(codec.encode(new ProtocolError(
                                ErrorCode.TLS_REQUIRED,
                                "This room accepts encrypted connections only: join it with a Parley client,"
                                        + " or connect with TLS 1.3.")));
                        return;
                    }
                    in = plain.input();
                }
                case ChannelOpener.Opened.Tls tls -> in = tls.input();
            }
            var input = new LoginDeadlineInput(in, session, config.loginTimeout(), config.readTimeout());
            var framer = new JsonObjectFramer(input, config.maxMessageBytesBeforeLogin(), READ_BUFFER_BYTES);
            boolean fullLimit = false;
            Frame frame;
            while (!connection.isClosing() && (frame = framer.next()) != null) {
                if (!connection.isClosing()) {
                    dispatcher.handleFrame(session, frame);
                }
                if (!fullLimit && session.loggedIn()) {
                    framer.maxMessageBytes(config.maxMessageBytes());
                    fullLimit = true;
                }
            }
        } catch (FrameException e) {
            connection.sendAndClose(codec.encode(new ProtocolError(e.code(), e.getMessage())));
            trips.tripped(address, session.name(), e.code().wireName());
        } catch (LoginDeadlineInput.LoginTimeoutException e) {
            loginTimedOut(connection, session);
        } catch (IOException e) {
            LOG.debug("{} ended: {}", connection, e.toString());
        } finally {
            dispatcher.onClosed(session);
            sessions.remove(session);
            // The reader owns the close: it reads what the client still sends while the writer finishes.
            connection.closeAfterDraining();
            if (counted) {
                limits.closed(address);
            }
        }
    }

    /** Logs (once a minute per address) and reports a refusal by a connection limit; returns what to answer. */
    private ProtocolError refusal(ClientConnection connection, ConnectionLimits.Refusal refusal) {
        if (refusalLog.shouldLog(connection.address())) {
            LOG.info("Refused {}: {} (logged once a minute per address)", connection, refusal.logReason());
        }
        trips.tripped(connection.address(), null, refusal.code().wireName());
        return new ProtocolError(refusal.code(), refusal.message());
    }

    private void loginTimedOut(ClientConnection connection, Session session) {
        LOG.debug("{} did not log in in time", connection);
        trips.tripped(connection.address(), session.name(), ErrorCode.LOGIN_TIMEOUT.wireName());
        connection.sendAndClose(codec.encode(new ProtocolError(
                ErrorCode.LOGIN_TIMEOUT,
                "Not logged in within " + config.loginTimeout().toSeconds() + " seconds.")));
    }

    /** Sends {@code shutdown} to every connection and waits, up to the grace period, for it to go out. */
    public void shutdown() {
        byte[] line = codec.encode(new Shutdown());
        List<ClientConnection> all =
                sessions.close().stream().map(s -> s.connection).toList();
        all.forEach(c -> c.sendAndClose(line));
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        // Waiting logins are dropped; hashes (and registrations' saves) under way finish before the last save.
        hashing.close(config.shutdownGrace());
        for (ClientConnection c : all) {
            try {
                if (!c.awaitFlushed(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    c.abort();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                c.abort();
            }
        }
        try {
            accounts.flush();
        } catch (IOException e) {
            LOG.warn("Could not save last-seen times: {}", e.toString());
        }
        if (historySaver != null) {
            historySaver.close();
        }
    }
}
