package dev.parley.server.room;

import dev.parley.accounts.Account;
import dev.parley.accounts.AccountStore;
import dev.parley.accounts.Ban;
import dev.parley.accounts.BanList;
import dev.parley.accounts.NotSavedException;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.framing.FrameException;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.server.OnlineUser;
import dev.parley.server.ServerConfig;
import dev.parley.server.logging.LogSafe;
import dev.parley.server.net.ClientConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The room behind the sockets: serves each connection's requests and carries out the host's commands. */
public final class RoomEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RoomEngine.class);
    /** Clients send a message now and then; a small read buffer keeps 10,000 idle connections cheap. */
    private static final int READ_BUFFER_BYTES = 2048;

    private final ServerConfig config;
    private final AccountStore accounts;
    private final BanList bans;
    private final MessageCodec codec = new MessageCodec();
    private final Room room = new Room(codec);
    private final RequestHandler handler;
    private final HashPool hashing;
    private final Sessions sessions = new Sessions();

    public RoomEngine(ServerConfig config, AccountStore accounts, BanList bans, Clock clock) {
        this(config, accounts, bans, clock, HashPool.forThisMachine());
    }

    /** @param hashing where passwords are hashed; the engine closes it when the room shuts down */
    public RoomEngine(ServerConfig config, AccountStore accounts, BanList bans, Clock clock, HashPool hashing) {
        this.config = config;
        this.accounts = accounts;
        this.bans = bans;
        this.hashing = hashing;
        this.handler = new RequestHandler(config, accounts, bans, room, codec, clock, hashing);
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
        try {
            if (bans.forAddress(connection.address()).isPresent()) {
                LOG.info("Refused {}: banned", connection);
                connection.sendAndClose(codec.encode(new Banned()));
                return;
            }
            var framer = new JsonObjectFramer(connection.input(), config.maxMessageBytes(), READ_BUFFER_BYTES);
            Frame frame;
            while (!connection.isClosing() && (frame = framer.next()) != null) {
                if (!connection.isClosing()) {
                    handler.handleFrame(session, frame);
                }
            }
        } catch (FrameException e) {
            connection.sendAndClose(codec.encode(new ProtocolError(e.code(), e.getMessage())));
        } catch (IOException e) {
            LOG.debug("{} ended: {}", connection, e.toString());
        } finally {
            handler.onClosed(session);
            sessions.remove(session);
            // The reader owns the close: it reads what the client still sends while the writer finishes.
            connection.closeAfterDraining();
        }
    }

    public List<OnlineUser> onlineUsers() {
        return room.members().stream()
                .map(m -> new OnlineUser(m.username(), m.connection().address().getHostAddress(), m.guest(),
                        m.since()))
                .toList();
    }

    public List<Ban> bans() {
        return bans.active();
    }

    /** The ban is in force when this returns, also when it throws {@link NotSavedException}. */
    public Ban banAddress(String address, String reason, Duration duration) throws IOException {
        Ban ban;
        try {
            ban = bans.add(address, null, reason, duration);
        } catch (NotSavedException e) {
            enforceAddressBan(e.bans().getFirst());
            throw e;
        }
        enforceAddressBan(ban);
        return ban;
    }

    private void enforceAddressBan(Ban ban) {
        LOG.info("Banned address {}{}", ban.address(), describe(ban));
        disconnectBannedAddresses();
    }

    /** The ban is in force when this returns, also when it throws {@link NotSavedException}. */
    public Ban banUser(String username, String reason, Duration duration) throws IOException {
        Optional<Member> online = room.find(username);
        String name;
        String address;
        if (online.isPresent()) {
            name = online.get().username();
            address = addressToBanWith(online.get().connection().address().getHostAddress());
        } else {
            Account account = accounts.find(username).orElseThrow(() ->
                    new IllegalArgumentException("Nobody called \"" + username + "\" is online or registered."));
            name = account.username();
            address = addressToBanWith(account.lastAddress());
        }
        Ban ban;
        try {
            ban = bans.add(address, name, reason, duration);
        } catch (NotSavedException e) {
            enforceUserBan(e.bans().getFirst());
            throw e;
        }
        enforceUserBan(ban);
        return ban;
    }

    private void enforceUserBan(Ban ban) {
        String name = ban.username();
        LOG.info("Banned user {}{}{}", LogSafe.text(name), ban.address() == null ? "" : " at " + ban.address(),
                describe(ban));
        byte[] banned = codec.encode(new Banned());
        // Logins of that name under way are told now; one that gets past this sweep meets the ban on joining.
        String key = Usernames.key(name);
        for (Session s : sessions.all()) {
            String loggingIn = s.loggingInAs;
            if (loggingIn != null && Usernames.key(loggingIn).equals(key)) {
                s.connection.sendAndClose(banned);
            }
        }
        room.find(name).ifPresent(m -> remove(m, banned));
        disconnectBannedAddresses();
    }

    /** True when someone of that name is online or has an account: a ban of that text bans the user. */
    public boolean isKnownUser(String name) {
        return room.find(name).isPresent() || accounts.isRegistered(name);
    }

    /**
     * The address a user's ban extends to: theirs, unless it is a loopback address. Someone on the host's own
     * machine shares it with the host, and banning it would lock the host out of their own room; the name is
     * banned all the same.
     */
    static String addressToBanWith(String address) {
        if (address == null) {
            return null;
        }
        try {
            return InetAddress.ofLiteral(address).isLoopbackAddress() ? null : address;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bans are lifted when this returns, also when it throws {@link NotSavedException}. */
    public List<Ban> unban(String addressOrUsername) throws IOException {
        List<Ban> lifted;
        try {
            lifted = bans.remove(addressOrUsername);
        } catch (NotSavedException e) {
            LOG.info("Lifted {} ban(s) of {}", e.bans().size(), addressOrUsername);
            throw e;
        }
        if (!lifted.isEmpty()) {
            LOG.info("Lifted {} ban(s) of {}", lifted.size(), LogSafe.text(addressOrUsername));
        }
        return lifted;
    }

    public boolean kick(String username) {
        Optional<Member> member = room.find(username);
        member.ifPresent(m -> {
            LOG.info("Kicked {}", LogSafe.text(m.username()));
            remove(m, codec.encode(new ProtocolError(ErrorCode.KICKED, "The host removed you from the room.")));
        });
        return member.isPresent();
    }

    /**
     * Sends a member its last line and takes it out of the room at once: the others see it leave now, not once
     * its connection has finished closing (which waits a moment for the client to hang up).
     */
    private void remove(Member member, byte[] lastLine) {
        member.connection().sendAndClose(lastLine);
        room.leave(member);
    }

    /** Sends {@code shutdown} to every connection and waits, up to the grace period, for it to go out. */
    public void shutdown() {
        byte[] line = codec.encode(new Shutdown());
        List<ClientConnection> all = sessions.close().stream().map(s -> s.connection).toList();
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
    }

    private void disconnectBannedAddresses() {
        byte[] line = codec.encode(new Banned());
        for (Member m : room.members()) {
            if (bans.forAddress(m.connection().address()).isPresent()) {
                remove(m, line);
            }
        }
        for (Session s : sessions.all()) {
            if (bans.forAddress(s.connection.address()).isPresent()) {
                s.connection.sendAndClose(line);
            }
        }
    }

    private static String describe(Ban ban) {
        return (ban.expires() == null ? " without end" : " until " + ban.expires())
                + (ban.reason().isEmpty() ? "" : ": " + LogSafe.text(ban.reason()));
    }
}
