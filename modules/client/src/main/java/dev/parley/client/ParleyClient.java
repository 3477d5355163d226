package dev.parley.client;

import dev.parley.client.internal.PendingAnswers;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.FrameException;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import dev.parley.protocol.message.ClientRequest.GuestLogin;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.TypingRequest;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.LoginStatus;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserList;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One connection to a Parley room. Requests return futures that complete with the answer or fail with
 * {@link ConnectionLostException} or a timeout; everything else the room sends reaches the listeners in order.
 * Sending never blocks the caller (an event thread may call it).
 */
public final class ParleyClient implements AutoCloseable {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private static final Set<Class<? extends ServerMessage>> FINAL_ANSWERS =
            Set.of(Banned.class, OutdatedClient.class, WrongIp.class, ProtocolError.class);

    private final Socket socket;
    private final String roomAddress;
    private final MessageCodec codec = new MessageCodec();
    private final PendingAnswers pending = new PendingAnswers();
    private final List<ClientListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("parley-client-writer").factory());
    private final AtomicBoolean ended = new AtomicBoolean();
    private final ParleyVersion version;
    private volatile String username;
    private volatile String endReason;

    private ParleyClient(Socket socket, String roomAddress, ParleyVersion version) {
        this.socket = socket;
        this.roomAddress = roomAddress;
        this.version = version;
    }

    /** Connects; the message of the IOException says what went wrong in words a person understands. */
    public static ParleyClient connect(String host, int port) throws IOException {
        return connect(host, port, ParleyVersion.current());
    }

    /** Connects, declaring {@code version} with every request. */
    public static ParleyClient connect(String host, int port, ParleyVersion version) throws IOException {
        var socket = new Socket();
        String where = RoomAddress.format(host, port);
        try {
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
        } catch (UnknownHostException e) {
            socket.close();
            throw new IOException("Cannot find \"" + host + "\" on the network. Check the address.", e);
        } catch (ConnectException e) {
            socket.close();
            throw new IOException("Nobody is hosting a room at " + where + " (connection refused).", e);
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new IOException("No answer from " + where + " within " + CONNECT_TIMEOUT.toSeconds()
                    + " seconds. Check the address and that the host's firewall lets Parley in.", e);
        } catch (IOException e) {
            socket.close();
            throw new IOException("Cannot connect to " + where + ": " + e.getMessage(), e);
        }
        var client = new ParleyClient(socket, where, version);
        Thread.ofVirtual().name("parley-client-reader").start(client::readLoop);
        return client;
    }

    public void addListener(ClientListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ClientListener listener) {
        listeners.remove(listener);
    }

    /** "host:port" as connected. */
    public String roomAddress() {
        return roomAddress;
    }

    /** The logged-in name, or null before login. */
    public String username() {
        return username;
    }

    public boolean isConnected() {
        return !ended.get();
    }

    // ---- logging in ----

    /** register, then salt, then login with the hashed password. */
    public CompletableFuture<AuthResult> register(String user, String password) {
        return request(new RegisterRequest(user),
                Set.of(UsernameRegisterStatus.class, RegisterStatus.class))
                .thenCompose(answer -> switch (answer) {
                    case UsernameRegisterStatus s when !s.taken() -> login(user, password);
                    case UsernameRegisterStatus s -> done(new AuthResult.NameTaken());
                    case RegisterStatus s when s.success() -> login(user, password);
                    case RegisterStatus s -> done(new AuthResult.RegistrationRefused(s.additionalInfo()));
                    default -> done(finalAnswer(answer));
                });
    }

    /** salt, then login with the password hashed with it. */
    public CompletableFuture<AuthResult> login(String user, String password) {
        return request(new SaltRequest(user), Set.of(Salt.class))
                .thenCompose(answer -> answer instanceof Salt salt
                        ? request(new LoginRequest(user, PasswordDigest.clientHash(password, salt.salt())),
                                Set.of(LoginResult.class, LoginStatus.class, RegisterStatus.class))
                                .thenApply(loginAnswer -> loginOutcome(user, loginAnswer))
                        : done(finalAnswer(answer)));
    }

    /** Legacy guest login, for rooms that allow it. */
    public CompletableFuture<AuthResult> guest(String user) {
        // A refusal comes as two lines: login false, then why (username_taken or an error). The waiter for the
        // second is in place before the request goes out, so the reader cannot hand that line to the listeners
        // while the first answer is still being looked at.
        CompletableFuture<ServerMessage> answer = pending.expect(withFinalAnswers(Set.of(LoginResult.class,
                LoginStatus.class)));
        CompletableFuture<ServerMessage> reason = pending.expect(withFinalAnswers(Set.of(UsernameTaken.class)));
        send(new GuestLogin(user));
        return timed(answer).thenCompose(first -> {
            if (first instanceof LoginResult r && !r.success()) {
                return timed(reason).thenApply(why ->
                        why instanceof UsernameTaken ? new AuthResult.NameTaken() : finalAnswer(why));
            }
            reason.cancel(false);
            if (first instanceof LoginResult) {
                username = user;
                return done(new AuthResult.LoggedIn(user));
            }
            return done(finalAnswer(first));
        });
    }

    // ---- in the room ----

    public void sendMessage(String text) {
        send(new SendMessage(requireUser(), text));
    }

    public void typing(boolean typing) {
        send(new TypingRequest(requireUser(), typing));
    }

    /** Online users when {@code online}, else accounts that are not online; sorted by the server. */
    public CompletableFuture<List<String>> users(boolean online) {
        return userList(online).thenApply(UserList::users);
    }

    /**
     * Like {@link #users}, with whether the room cut the list to fit in one message ({@link UserList#truncated()})
     * and how many there are in all ({@link UserList#total()}, when the room says).
     */
    public CompletableFuture<UserList> userList(boolean online) {
        return request(new UserListRequest(requireUser(), online), Set.of(UserList.class))
                .thenApply(answer -> {
                    if (answer instanceof UserList list) {
                        return list;
                    }
                    throw new IllegalStateException(describe(answer));
                });
    }

    /** Says goodbye to the room and closes. */
    public void disconnect() {
        if (ended.get()) {
            return;
        }
        String user = username;
        if (user != null) {
            send(new DisconnectRequest(user));
        }
        onWriter(this::closeSocket);
    }

    @Override
    public void close() {
        disconnect();
    }

    // ---- plumbing ----

    private CompletableFuture<ServerMessage> request(ClientRequest request, Set<Class<? extends ServerMessage>> answers) {
        CompletableFuture<ServerMessage> answer = pending.expect(withFinalAnswers(answers));
        send(request);
        return timed(answer);
    }

    /** What answers a request: its own answers, or one of the messages that end a session. */
    private static Set<Class<? extends ServerMessage>> withFinalAnswers(Set<Class<? extends ServerMessage>> answers) {
        var accepted = new java.util.HashSet<Class<? extends ServerMessage>>(answers);
        accepted.addAll(FINAL_ANSWERS);
        return accepted;
    }

    private static CompletableFuture<ServerMessage> timed(CompletableFuture<ServerMessage> answer) {
        return answer.orTimeout(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(ClientRequest request) {
        byte[] line = codec.encode(request, version);
        onWriter(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(line);
                out.flush();
            } catch (IOException e) {
                closeSocket();
            }
        });
    }

    /** Runs on the writer thread, in order with the sends; nothing happens once the connection has ended. */
    private void onWriter(Runnable task) {
        try {
            writer.execute(task);
        } catch (RejectedExecutionException e) {
            // already ended: the listeners heard why
        }
    }

    private AuthResult loginOutcome(String user, ServerMessage answer) {
        return switch (answer) {
            case LoginResult r when r.success() -> loggedIn(user);
            case LoginResult r -> new AuthResult.LoginRefused(r.reason(), r.attemptsLeft());
            case LoginStatus s when s.success() -> loggedIn(user);
            case LoginStatus s -> new AuthResult.LoginRefused(null, null);
            case RegisterStatus s -> new AuthResult.RegistrationRefused(s.additionalInfo());
            default -> finalAnswer(answer);
        };
    }

    private AuthResult loggedIn(String user) {
        username = user;
        return new AuthResult.LoggedIn(user);
    }

    private static AuthResult finalAnswer(ServerMessage answer) {
        return switch (answer) {
            case Banned b -> new AuthResult.Banned();
            case OutdatedClient o -> new AuthResult.Outdated(o.version());
            case ProtocolError e -> new AuthResult.Failed(e.code(), e.message());
            default -> new AuthResult.Failed("unexpected", describe(answer));
        };
    }

    private static CompletableFuture<AuthResult> done(AuthResult result) {
        return CompletableFuture.completedFuture(result);
    }

    private String requireUser() {
        String user = username;
        if (user == null) {
            throw new IllegalStateException("log in first");
        }
        return user;
    }

    private void readLoop() {
        String reason = "The connection to " + roomAddress + " was lost.";
        try {
            // By JSON object, not by line: a spec-style server may write its objects with no newline between them.
            var framer = new JsonObjectFramer(socket.getInputStream(), MessageLimits.MAX_SERVER_MESSAGE_BYTES);
            Frame frame;
            while ((frame = framer.next()) != null) {
                ServerMessage message;
                try {
                    message = switch (frame) {
                        case Frame.JsonObject o -> codec.decodeServerMessage(o.bytes(), o.offset(), o.length());
                        case Frame.Malformed m -> throw new ProtocolException(m.code(), m.message());
                    };
                } catch (ProtocolException e) {
                    continue; // a newer server's message this client does not know, or one it garbled
                }
                if (!pending.offer(message)) {
                    listeners.forEach(l -> l.onMessage(message));
                }
            }
            reason = "The room at " + roomAddress + " closed the connection.";
        } catch (FrameException e) {
            reason = "The room at " + roomAddress + " sent a message larger than "
                    + MessageLimits.MAX_SERVER_MESSAGE_BYTES + " bytes, more than Parley accepts.";
        } catch (IOException e) {
            if (endReason != null) {
                reason = endReason;
            }
        } finally {
            end(reason);
        }
    }

    private void end(String reason) {
        if (ended.compareAndSet(false, true)) {
            endReason = reason;
            pending.closeAll(reason);
            closeSocket();
            writer.shutdown();
            listeners.forEach(l -> l.onDisconnected(reason));
        }
    }

    private void closeSocket() {
        if (endReason == null) {
            endReason = "You left the room.";
        }
        try {
            socket.close();
        } catch (IOException e) {
            // closed either way
        }
    }

    private static String describe(ServerMessage m) {
        return "unexpected answer from the room: " + m;
    }
}
