package dev.parley.server.room;

import dev.parley.accounts.Account;
import dev.parley.accounts.AccountStore;
import dev.parley.accounts.Ban;
import dev.parley.accounts.BanList;
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
import dev.parley.server.net.ClientConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    public RoomEngine(ServerConfig config, AccountStore accounts, BanList bans, Clock clock) {
        this.config = config;
        this.accounts = accounts;
        this.bans = bans;
        this.handler = new RequestHandler(config, accounts, bans, room, codec, clock);
    }

    /** Serves one accepted connection until it closes; runs on that connection's own (virtual) thread. */
    public void serve(ClientConnection connection) {
        connection.startWriter();
        if (closing) {
            connection.sendAndClose(codec.encode(new Shutdown()));
            return;
        }
        if (bans.forAddress(connection.address()).isPresent()) {
            LOG.info("Refused {}: banned", connection);
            connection.sendAndClose(codec.encode(new Banned()));
            return;
        }
        connections.add(connection);
        var session = new Session(connection);
        try {
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
            connection.closeGracefully();
            connections.remove(connection);
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

    public Ban banAddress(String address, String reason, Duration duration) throws IOException {
        Ban ban = bans.add(address, null, reason, duration);
        LOG.info("Banned address {}{}", ban.address(), describe(ban));
        disconnectBanned();
        return ban;
    }

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
        Ban ban = bans.add(address, name, reason, duration);
        LOG.info("Banned user {}{}{}", name, address == null ? "" : " at " + address, describe(ban));
        room.find(name).ifPresent(m -> m.connection().sendAndClose(codec.encode(new Banned())));
        disconnectBanned();
        return ban;
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

    public List<Ban> unban(String addressOrUsername) throws IOException {
        List<Ban> lifted = bans.remove(addressOrUsername);
        if (!lifted.isEmpty()) {
            LOG.info("Lifted {} ban(s) of {}", lifted.size(), addressOrUsername);
        }
        return lifted;
    }

    public boolean kick(String username) {
        Optional<Member> member = room.find(username);
        member.ifPresent(m -> {
            LOG.info("Kicked {}", m.username());
            m.connection().sendAndClose(codec.encode(new ProtocolError(ErrorCode.KICKED,
                    "The host removed you from the room.")));
        });
        return member.isPresent();
    }

    /** Sends {@code shutdown} to every connection and waits, up to the grace period, for it to go out. */
    public void shutdown() {
        closing = true;
        byte[] line = codec.encode(new Shutdown());
        List<ClientConnection> all = List.copyOf(connections);
        all.forEach(c -> c.sendAndClose(line));
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
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

    private void disconnectBanned() {
        byte[] line = codec.encode(new Banned());
        for (ClientConnection c : connections) {
            InetAddress address = c.address();
            if (bans.forAddress(address).isPresent()) {
                c.sendAndClose(line);
            }
        }
    }

    private static String describe(Ban ban) {
        return (ban.expires() == null ? " without end" : " until " + ban.expires())
                + (ban.reason().isEmpty() ? "" : ": " + ban.reason());
    }
}
