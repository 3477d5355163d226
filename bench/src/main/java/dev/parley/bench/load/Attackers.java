package dev.parley.bench.load;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Salt;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * N connections from this machine's 127.0.0.1 that ask for a salt and log in to one account, again and again, as
 * fast as the room answers (closed loop: each waits for its answer). When the room closes one (too many failed
 * logins on it), it connects again at once. Runs on its own thread until its deadline, then closes everything.
 */
final class Attackers {

    /** What the room answered: counts by kind (e.g. "login already_online"), and each login's round trip. */
    record Outcome(Map<String, Long> answers, long logins, long connections, Histogram loginMicros) {}

    private static final MessageCodec CODEC = new MessageCodec();
    private static final long RETRY_CONNECT_NANOS = 10_000_000L;

    private enum State {
        CONNECTING,
        AWAIT_SALT,
        AWAIT_LOGIN,
        AWAIT_CLOSE
    }

    private final InetSocketAddress room;
    private final int count;
    private final String user;
    private final String password;
    private final Map<String, Long> answers = new TreeMap<>();
    private final Histogram loginMicros = new Histogram(3_600_000_000L, 3);
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private long logins;
    private long connections;

    private static final class Conn {
        SocketChannel channel;
        LineSplitter lines;
        State state;
        long loginSentAt;
        long reopenAt;
    }

    /** Attackers of {@code user} with {@code password}: the right one makes every refusal {@code already_online}. */
    Attackers(InetSocketAddress room, int count, String user, String password) {
        this.room = room;
        this.count = count;
        this.user = user;
        this.password = password;
    }

    Outcome run(long deadlineNanos) throws IOException {
        List<Conn> conns = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < count; i++) {
                var c = new Conn();
                conns.add(c);
                open(c, selector);
            }
            while (System.nanoTime() < deadlineNanos) {
                selector.select(5);
                for (SelectionKey key : selector.selectedKeys()) {
                    Conn c = (Conn) key.attachment();
                    try {
                        if (key.isConnectable()) {
                            c.channel.finishConnect();
                            key.interestOps(SelectionKey.OP_READ);
                            connections++;
                            send(c, new SaltRequest(user), State.AWAIT_SALT);
                        } else if (key.isReadable()) {
                            read(c);
                        }
                    } catch (IOException e) {
                        closeAndReopen(c, c.state == State.CONNECTING ? "connect failed" : "connection error");
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                for (Conn c : conns) {
                    if (c.channel == null && now >= c.reopenAt) {
                        open(c, selector);
                    }
                }
            }
        } finally {
            for (Conn c : conns) {
                if (c.channel != null) {
                    c.channel.close();
                }
            }
        }
        return new Outcome(answers, logins, connections, loginMicros);
    }

    private void open(Conn c, Selector selector) {
        c.lines = new LineSplitter(1 << 20);
        c.state = State.CONNECTING;
        try {
            c.channel = SocketChannel.open();
            c.channel.configureBlocking(false);
            c.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            c.channel.connect(room);
            c.channel.register(selector, SelectionKey.OP_CONNECT, c);
        } catch (IOException e) {
            closeAndReopen(c, "connect failed");
        }
    }

    private void read(Conn c) throws IOException {
        readBuffer.clear();
        if (c.channel.read(readBuffer) < 0) {
            // The room closes a connection after its last allowed failure: connect again.
            closeAndReopen(c, null);
            return;
        }
        readBuffer.flip();
        var lines = new ArrayList<String>();
        c.lines.feed(readBuffer, lines::add);
        for (String line : lines) {
            if (c.channel == null) {
                return;
            }
            answered(c, decode(line));
        }
    }

    private void answered(Conn c, ServerMessage m) throws IOException {
        switch (m) {
            case Salt salt
            when c.state == State.AWAIT_SALT -> {
                c.loginSentAt = System.nanoTime();
                send(c, new LoginRequest(user, PasswordDigest.clientHash(password, salt.salt())), State.AWAIT_LOGIN);
            }
            case LoginResult r
            when c.state == State.AWAIT_LOGIN -> {
                logins++;
                loginMicros.recordValue((System.nanoTime() - c.loginSentAt) / 1000);
                count("login " + (r.success() ? "success" : r.reason() == null ? "refused" : r.reason()));
                if (r.success() || Integer.valueOf(0).equals(r.attemptsLeft())) {
                    // Logged in (not expected), or this connection is spent: the room closes it.
                    c.state = State.AWAIT_CLOSE;
                    if (r.success()) {
                        closeAndReopen(c, null);
                    }
                } else {
                    send(c, new SaltRequest(user), State.AWAIT_SALT);
                }
            }
            case ProtocolError e -> count("error " + e.code());
            default -> count(m.getClass().getSimpleName());
        }
    }

    private static ServerMessage decode(String line) throws IOException {
        try {
            return CODEC.decodeServerMessage(line);
        } catch (ProtocolException e) {
            throw new IOException("unreadable line from the room: " + line, e);
        }
    }

    private void send(Conn c, ClientRequest request, State next) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(CODEC.encode(request, ParleyVersion.current()));
        c.channel.write(bytes);
        if (bytes.hasRemaining()) {
            // A request is ~100 bytes on a socket that has sent almost nothing: never seen; say so rather than wait.
            throw new IOException("could not send a request in one write");
        }
        c.state = next;
    }

    private void closeAndReopen(Conn c, String why) {
        if (why != null) {
            count(why);
        }
        try {
            if (c.channel != null) {
                c.channel.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        c.channel = null;
        // A connection the room ended is replaced at once; one that failed waits a little, so no loop spins.
        c.reopenAt = System.nanoTime() + (why == null ? 0 : RETRY_CONNECT_NANOS);
    }

    private void count(String kind) {
        answers.merge(kind, 1L, Long::sum);
    }
}
