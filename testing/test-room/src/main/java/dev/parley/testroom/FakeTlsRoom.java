package dev.parley.testroom;

import dev.parley.protocol.codec.InboundRequest;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.tls.Fingerprint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A stand-in room on a loopback port for the client's and the UI's TLS tests, until the real room speaks TLS: it
 * shows one of two test certificates ({@code tls/room-a.p12}, {@code tls/room-b.p12}) or, as an older room does,
 * speaks only plain JSON. It answers enough of the protocol to register, log in, list users and chat (every login
 * succeeds). The mode can change between connections, on the same port: a room that changed its certificate.
 * Asked {@code room_info}, it describes itself as {@link #NAME}, or, in {@link Mode#PLAIN}, answers
 * {@code unknown_type} as an older room does.
 */
public final class FakeTlsRoom implements AutoCloseable {

    /** What the room is, for the next connections. */
    public enum Mode {
        /** TLS 1.3 with certificate A (and plain JSON for a client that starts with '{', as a Parley room does). */
        ROOM_A("room-a.p12"),
        /** The same with certificate B: the same address, another identity. */
        ROOM_B("room-b.p12"),
        /** No TLS: a non-JSON first byte is answered {@code error malformed_json}, as an older Parley room does. */
        PLAIN(null);

        private final String keystore;

        Mode(String keystore) {
            this.keystore = keystore;
        }
    }

    /** The name it gives itself. */
    public static final String NAME = "Fake TLS room";

    private static final char[] PASSWORD = "parley-test".toCharArray();

    private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final MessageCodec codec = new MessageCodec();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Integer> firstBytes = new CopyOnWriteArrayList<>();
    private final AtomicInteger handshakes = new AtomicInteger();
    private volatile Mode mode;

    public FakeTlsRoom(Mode mode) throws IOException {
        this.mode = mode;
        Thread.ofVirtual().name("fake-tls-room").start(this::acceptAll);
    }

    /** The fingerprint of a mode's certificate, as a client sees it. */
    public static Fingerprint fingerprint(Mode mode) {
        try {
            KeyStore store = keyStore(mode);
            return Fingerprint.of((X509Certificate) store.getCertificate("room"));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** What the room is from the next connection on. */
    public void serve(Mode next) {
        this.mode = next;
    }

    /** The first byte each connection sent, in order of connecting. */
    public List<Integer> firstBytes() {
        return List.copyOf(firstBytes);
    }

    /** TLS handshakes completed. */
    public int handshakes() {
        return handshakes.get();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
    }

    private void acceptAll() {
        try {
            while (true) {
                Socket socket = listener.accept();
                open.add(socket);
                Mode now = mode;
                Thread.ofVirtual().name("fake-tls-room-connection").start(() -> serveConnection(socket, now));
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void serveConnection(Socket socket, Mode now) {
        try (socket) {
            var in = new PushbackInputStream(socket.getInputStream(), 1);
            int first = in.read();
            if (first < 0) {
                return;
            }
            firstBytes.add(first);
            if (first == '{' || Character.isWhitespace(first)) {
                in.unread(first);
                converse(in, socket.getOutputStream(), now);
            } else if (now.keystore == null) {
                OutputStream out = socket.getOutputStream();
                String error = "{\"type\":\"error\",\"code\":\"malformed_json\",\"message\":\"Not a JSON object.\"}\n";
                out.write(error.getBytes(StandardCharsets.UTF_8));
                out.flush();
                in.transferTo(OutputStream.nullOutputStream());
            } else {
                var tls = (SSLSocket) context(now)
                        .getSocketFactory()
                        .createSocket(socket, new ByteArrayInputStream(new byte[] {(byte) first}), true);
                open.add(tls);
                tls.setEnabledProtocols(new String[] {"TLSv1.3"});
                tls.startHandshake();
                handshakes.incrementAndGet();
                converse(tls.getInputStream(), tls.getOutputStream(), now);
            }
        } catch (IOException e) {
            // the client went away, or refused the certificate: what the tests look at is on the client's side
        }
    }

    /** Answers requests until the client leaves. */
    private void converse(InputStream in, OutputStream out, Mode now) throws IOException {
        var framer = new JsonObjectFramer(in, 64 * 1024);
        String user = null;
        Frame frame;
        while ((frame = framer.next()) != null) {
            if (!(frame instanceof Frame.JsonObject o)) {
                continue;
            }
            InboundRequest inbound;
            try {
                inbound = codec.decodeRequest(o.bytes(), o.offset(), o.length());
            } catch (ProtocolException e) {
                continue;
            }
            switch (inbound.request()) {
                case ClientRequest.SaltRequest r ->
                    send(out, new ServerMessage.Salt("12345678901234567890123456789012"));
                case ClientRequest.RegisterRequest r -> send(out, new ServerMessage.UsernameRegisterStatus(false));
                case ClientRequest.LoginRequest r -> {
                    user = r.user();
                    send(out, new ServerMessage.LoginResult(true, null, null));
                    send(out, new ServerMessage.UserNotification(user, true));
                }
                case ClientRequest.UserListRequest r ->
                    send(
                            out,
                            new ServerMessage.UserList(
                                    r.online() && user != null ? List.of(user) : List.of(), r.online(), false, null));
                case ClientRequest.SendMessage r -> send(out, new ServerMessage.ChatMessage(r.user(), r.message()));
                case ClientRequest.RoomInfoRequest r ->
                    send(
                            out,
                            now.keystore == null
                                    ? new ServerMessage.ProtocolError(
                                            "unknown_type", "Unknown message type \"room_info\".")
                                    : new ServerMessage.RoomInfo(NAME, "1.4.0", 4000, 0, true));
                case ClientRequest.DisconnectRequest r -> {
                    return;
                }
                default -> {}
            }
        }
    }

    private void send(OutputStream out, ServerMessage message) throws IOException {
        out.write(codec.encode(message));
        out.flush();
    }

    private static SSLContext context(Mode mode) {
        try {
            var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(mode), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore keyStore(Mode mode) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = FakeTlsRoom.class.getResourceAsStream("tls/" + mode.keystore)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no test keystore tls/" + mode.keystore));
            }
            store.load(in, PASSWORD);
        }
        return store;
    }
}
