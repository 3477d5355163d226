package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.tls.PinnedTrustManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.SSLSocket;

/** A raw protocol client for tests: what it receives is read in the background and waited for with timeouts. */
final class TestClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Object CLOSED = new Object();

    private final Socket socket;
    private final OutputStream out;
    private final MessageCodec codec = new MessageCodec();
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private ParleyVersion version = ParleyVersion.current();
    private boolean closedSeen;

    private final JsonObjectFramer framer;
    private final boolean background;

    private TestClient(Socket socket, boolean background) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.framer = new JsonObjectFramer(socket.getInputStream(), MessageLimits.MAX_SERVER_MESSAGE_BYTES);
        this.background = background;
        if (background) {
            Thread.ofVirtual().start(this::readLoop);
        }
    }

    static TestClient connect(InetSocketAddress server, String localAddress) throws IOException {
        return new TestClient(open(server, localAddress, -1), true);
    }

    /** A client that talks TLS 1.3 and trusts only a room whose certificate has {@code pinned} as fingerprint. */
    static TestClient connectTls(InetSocketAddress server, Fingerprint pinned) throws IOException {
        Socket raw = open(server, null, -1);
        try {
            var tls = (SSLSocket) PinnedTrustManager.clientContext(pinned)
                    .getSocketFactory()
                    .createSocket(raw, server.getHostString(), server.getPort(), true);
            tls.setSoTimeout((int) TIMEOUT.toMillis());
            tls.startHandshake();
            tls.setSoTimeout(0);
            return new TestClient(tls, true);
        } catch (GeneralSecurityException e) {
            raw.close();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * A client that reads only when a test asks for a message, on the test's thread; once the test stops asking,
     * nothing is read. Its receive buffer is small so the server's queue for it fills.
     */
    static TestClient connectNonReading(InetSocketAddress server) throws IOException {
        return new TestClient(open(server, null, 4096), false);
    }

    private static Socket open(InetSocketAddress server, String localAddress, int receiveBuffer) throws IOException {
        var socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        if (localAddress != null) {
            socket.bind(new InetSocketAddress(InetAddress.ofLiteral(localAddress), 0));
        }
        socket.connect(server, (int) TIMEOUT.toMillis());
        return socket;
    }

    TestClient withVersion(ParleyVersion v) {
        this.version = v;
        return this;
    }

    void send(ClientRequest request) throws IOException {
        sendBytes(codec.encode(request, version));
    }

    void sendLine(String line) throws IOException {
        sendBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next message; fails when none comes in time or the connection closed. */
    ServerMessage next() throws InterruptedException {
        Object item = take(TIMEOUT.toNanos());
        if (item == null) {
            fail("no message within " + TIMEOUT);
        }
        if (item == CLOSED) {
            closedSeen = true;
            fail("connection closed while a message was expected");
        }
        return (ServerMessage) item;
    }

    <T extends ServerMessage> T expect(Class<T> type) throws InterruptedException {
        ServerMessage m = next();
        assertThat(m).isInstanceOf(type);
        return type.cast(m);
    }

    /**
     * The next message, equal to {@code exact}; a chat line expected without a time must come with one (the room
     * stamps every line) and is compared without it.
     */
    void expect(ServerMessage exact) throws InterruptedException {
        ServerMessage m = next();
        if (exact instanceof ChatMessage line && line.time() == null && m instanceof ChatMessage got) {
            assertThat(got.time()).as("the room's time on %s", got).isNotNull();
            assertThat(new ChatMessage(got.from(), got.message())).isEqualTo(exact);
            return;
        }
        assertThat(m).isEqualTo(exact);
    }

    /** Skips messages until one of {@code type} matches; fails on timeout. */
    <T extends ServerMessage> T await(Class<T> type, Predicate<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Object item = take(Math.max(1, deadline - System.nanoTime()));
            if (item == CLOSED) {
                closedSeen = true;
                fail("connection closed while waiting for " + type.getSimpleName());
            }
            if (type.isInstance(item) && condition.test(type.cast(item))) {
                return type.cast(item);
            }
        }
        return fail("no matching " + type.getSimpleName() + " within " + TIMEOUT);
    }

    /** Waits for the server to close the connection; returns what came before. */
    List<ServerMessage> awaitClosed() throws InterruptedException {
        var before = new ArrayList<ServerMessage>();
        if (closedSeen) {
            return before;
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Object item = take(Math.max(1, deadline - System.nanoTime()));
            if (item == CLOSED) {
                closedSeen = true;
                return before;
            }
            if (item != null) {
                before.add((ServerMessage) item);
            }
        }
        return fail("the server did not close the connection within " + TIMEOUT + "; got " + before);
    }

    String salt(String user) throws Exception {
        send(new SaltRequest(user));
        return expect(Salt.class).salt();
    }

    /** register, salt, login; leaves the client logged in with its own join notice consumed. */
    void register(String user, String password) throws Exception {
        send(new RegisterRequest(user));
        expect(new UsernameRegisterStatus(false));
        String salt = salt(user);
        send(new LoginRequest(user, PasswordDigest.clientHash(password, salt)));
        expect(new LoginResult(true));
        await(UserNotification.class, n -> n.user().equalsIgnoreCase(user) && n.joined());
    }

    /** salt, login; leaves the client logged in with its own join notice consumed. */
    void login(String user, String password) throws Exception {
        String salt = salt(user);
        send(new LoginRequest(user, PasswordDigest.clientHash(password, salt)));
        expect(new LoginResult(true));
        await(UserNotification.class, n -> n.user().equalsIgnoreCase(user) && n.joined());
    }

    private Object take(long nanos) throws InterruptedException {
        if (background) {
            return received.poll(nanos, TimeUnit.NANOSECONDS);
        }
        try {
            socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
            ServerMessage m = read();
            return m == null ? CLOSED : m;
        } catch (java.net.SocketTimeoutException e) {
            return null;
        } catch (Exception e) {
            return CLOSED;
        }
    }

    private void readLoop() {
        try {
            ServerMessage m;
            while ((m = read()) != null) {
                received.add(m);
            }
        } catch (Exception e) {
            // closed or reset: both end the conversation
        } finally {
            received.add(CLOSED);
        }
    }

    /** The next message, or null at the end; the server sending anything but messages ends the conversation. */
    private ServerMessage read() throws IOException, ProtocolException {
        Frame frame = framer.next();
        return switch (frame) {
            case null -> null;
            case Frame.JsonObject o -> codec.decodeServerMessage(o.bytes(), o.offset(), o.length());
            case Frame.Malformed m -> throw new ProtocolException(m.code(), "the server sent " + m.message());
        };
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
