package dev.parley.client;

import dev.parley.client.internal.AnswerMatcher;
import dev.parley.client.internal.AuthFlow;
import dev.parley.client.internal.ClientSocket;
import dev.parley.client.internal.ContractFields;
import dev.parley.client.internal.Expectation;
import dev.parley.client.internal.ListenerFanOut;
import dev.parley.client.internal.Password;
import dev.parley.client.internal.RoomProbe;
import dev.parley.client.internal.SessionEnders;
import dev.parley.client.internal.TrustedConnect;
import dev.parley.protocol.OwnerToken;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import dev.parley.protocol.message.ClientRequest.RoomInfoRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.TypingRequest;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.LoginStatus;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.UserList;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One connection to a Parley room. Requests return futures that complete with the answer or fail with
 * {@link ConnectionLostException} or a timeout; everything else the room sends reaches the listeners in order, and
 * messages that end the session always do. Sending never blocks the caller (an event thread may call it).
 */
public final class ParleyClient implements AutoCloseable {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final ClientSocket socket;
    private final ConnectionSecurity security;
    /** Declared with every request. */
    private final ParleyVersion version = ParleyVersion.current();

    private final MessageCodec codec = new MessageCodec();
    private final AnswerMatcher answers = new AnswerMatcher(REQUEST_TIMEOUT);
    private final ListenerFanOut listeners = new ListenerFanOut();
    private final AuthFlow auth;
    private final String host;
    private final int port;
    /** How this connection was trusted; null for one opened plain on purpose. */
    private final RoomTrust trust;

    private volatile String username;
    /**
     * The password of this session's login, kept to log in again after a dropped connection; null for a guest, before
     * login, and once {@link #forgetPassword} has cleared it.
     */
    private Password sessionPassword;

    private volatile boolean guestSession;
    private final ContractFields contract = new ContractFields();
    private volatile RoomInfo room = RoomInfo.DEFAULT;
    /** Asked right after connecting, and decided before anything else is read; null when not asked. */
    private volatile RoomProbe probe;

    private ParleyClient(TrustedConnect.Connected connected, String host, int port, RoomTrust trust) {
        this.host = host;
        this.port = port;
        this.trust = trust;
        this.socket = connected.socket();
        this.security = connected.security();
        this.auth = new AuthFlow(
                new AuthFlow.Exchange() {
                    @Override
                    public CompletableFuture<ServerMessage> expect(Expectation expectation) {
                        return answers.expect(expectation);
                    }

                    @Override
                    public void send(ClientRequest request) {
                        ParleyClient.this.send(request);
                    }
                },
                user -> username = user);
    }

    /**
     * Connects encrypted when the room speaks TLS, whatever certificate it shows, and in plain JSON when it does not
     * ({@link RoomTrust.AnyCertificate}): safe from listeners, not from impostors. For tests and tools; the app
     * connects with {@link #connect(String, int, RoomTrust)}. The message of the IOException says what went wrong in
     * words a person understands.
     */
    public static ParleyClient connect(String host, int port) throws IOException {
        return connect(host, port, new RoomTrust.AnyCertificate());
    }

    /**
     * Connects over TLS 1.3, trusting the room as {@code trust} says (see docs/protocol.md, "Clients and trust on
     * first use"); in plain JSON only to a room that does not speak TLS and is not known to have.
     *
     * @throws RoomIdentityChangedException the room showed another certificate than the one trusted for it
     * @throws RoomNotTrustedException a new room's certificate was not trusted
     * @throws EncryptionMissingException a room known to speak TLS did not, this time
     * @throws IOException the room could not be reached; the message says why in words a person understands
     */
    public static ParleyClient connect(String host, int port, RoomTrust trust) throws IOException {
        return connect(host, port, trust, RoomProbe.ANSWER_WITHIN);
    }

    /** {@link #connect(String, int, RoomTrust)}, giving the room {@code answerWithin} to say what it is. */
    static ParleyClient connect(String host, int port, RoomTrust trust, Duration answerWithin) throws IOException {
        var connected = new TrustedConnect(host, port, CONNECT_TIMEOUT).open(trust);
        return askingWhatTheRoomIs(connected, host, port, trust, answerWithin);
    }

    /**
     * Connects in plain JSON, as the spec's clients do, without trying TLS, and without asking what the room is:
     * the client says nothing until it is told to.
     */
    public static ParleyClient connectPlain(String host, int port) throws IOException {
        return started(new TrustedConnect(host, port, CONNECT_TIMEOUT).plain(), host, port, null);
    }

    /** {@link #connectPlain}, then what the room is, as {@link #connect(String, int, RoomTrust)} asks it. */
    static ParleyClient connectPlain(String host, int port, Duration answerWithin) throws IOException {
        var connected = new TrustedConnect(host, port, CONNECT_TIMEOUT).plain();
        return askingWhatTheRoomIs(connected, host, port, null, answerWithin);
    }

    private static ParleyClient started(TrustedConnect.Connected connected, String host, int port, RoomTrust trust) {
        var client = new ParleyClient(connected, host, port, trust);
        client.startReading();
        return client;
    }

    /**
     * Beyond the spec: {@code room_info} before anything else, so the room's name is known before login and a
     * listener that is not a Parley room fails the connect, not the login (docs/protocol.md). The probe is in place
     * before the first byte is read: a room may speak first (a ban) and that must not be taken for its answer.
     */
    private static ParleyClient askingWhatTheRoomIs(
            TrustedConnect.Connected connected, String host, int port, RoomTrust trust, Duration answerWithin)
            throws IOException {
        var client = new ParleyClient(connected, host, port, trust);
        var asked = new RoomProbe(client.socket.address(), client.socket::firstBytes);
        client.probe = asked;
        client.startReading();
        client.send(new RoomInfoRequest());
        try {
            asked.await(answerWithin).ifPresent(info -> client.room = info);
        } catch (IOException e) {
            client.socket.closeBecause(e.getMessage());
            throw e;
        }
        return client;
    }

    /**
     * {@code listener} hears every event from now on, and first any that came while no listener was attached;
     * it hears {@link ClientListener#onDisconnected} once, at once if the connection has ended already.
     */
    public void addListener(ClientListener listener) {
        listeners.add(listener);
    }

    /**
     * Like {@link #addListener}, until a login succeeds: the listener is detached at the login's answer, and the
     * room's events from then on wait for the next listener attached. For a login dialog that hands over to a
     * chat window: no chat line falls between the two.
     */
    public void addListenerUntilLoggedIn(ClientListener listener) {
        listeners.addUntilLoggedIn(listener);
    }

    public void removeListener(ClientListener listener) {
        listeners.remove(listener);
    }

    /** "host:port" as connected. */
    public String roomAddress() {
        return socket.address();
    }

    /** Whether this connection is encrypted, and whether the room's certificate was verified. */
    public ConnectionSecurity security() {
        return security;
    }

    /** The logged-in name, or null before login. */
    public String username() {
        return username;
    }

    /**
     * What the room said about itself (name, version, limits, history, TLS): when connected (asked with
     * {@code room_info}), then again right after login; {@link RoomInfo#DEFAULT} for a room that never says (an
     * older room, a spec server, a client opened with {@link #connectPlain}).
     */
    public RoomInfo room() {
        return room;
    }

    /** What the room takes (the longest chat message), from {@link #room()}. */
    public RoomLimits limits() {
        return room.limits();
    }

    public boolean isConnected() {
        return socket.isOpen();
    }

    // ---- logging in ----

    /**
     * register, then salt, then login with the hashed password. {@code password} is copied: clear yours when this
     * returns. The copy is hashed when the salt arrives and zeroed when the attempt ends.
     */
    public CompletableFuture<AuthResult> register(String user, char[] password) {
        return withPassword(password, secret -> auth.register(user, secret));
    }

    /**
     * Connects again to the same room, trusting it no less than this connection did (an encrypted room must show
     * the same certificate; never plain after encrypted), and logs in again as this session did, with the password
     * this client kept for it; the password moves to the new client. For a window whose connection dropped.
     * Blocks until logged in.
     *
     * @throws RejoinRefusedException the room answered but would not let this session in again: don't retry
     * @throws RoomIdentityChangedException the room showed another certificate: don't retry
     * @throws IOException the room could not be reached (yet)
     */
    public ParleyClient reconnect() throws IOException {
        String user = username;
        if (user == null) {
            throw new IllegalStateException("this client never logged in");
        }
        Password secret;
        synchronized (this) {
            secret = sessionPassword;
        }
        if (secret == null && !guestSession) {
            throw new RejoinRefusedException(
                    new AuthResult.Failed("no_password", "no password kept"), "The password is no longer kept.");
        }
        ParleyClient next = reconnectTransport();
        AuthResult result;
        try {
            CompletableFuture<AuthResult> attempt =
                    guestSession ? next.auth.guest(user) : next.auth.login(user, secret);
            result = attempt.get(REQUEST_TIMEOUT.toSeconds() * 2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            next.close();
            throw new java.io.InterruptedIOException("interrupted while logging in again");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            next.close();
            throw new IOException("The room at " + roomAddress() + " did not answer the login.", e);
        }
        if (result instanceof AuthResult.LoggedIn) {
            next.guestSession = guestSession;
            synchronized (this) {
                synchronized (next) {
                    next.sessionPassword = sessionPassword;
                    sessionPassword = null;
                }
            }
            return next;
        }
        next.close();
        if (result instanceof AuthResult.LoginRefused r && LoginResult.ALREADY_ONLINE.equals(r.reason())) {
            // The old session may not have been seen to end yet: the room will notice; try again.
            throw new IOException("The room still counts " + user + " as online.");
        }
        throw new RejoinRefusedException(result, "The room did not let " + user + " in again: " + result);
    }

    private ParleyClient reconnectTransport() throws IOException {
        var again = new TrustedConnect(host, port, CONNECT_TIMEOUT);
        var fingerprint = security.fingerprint();
        if (fingerprint.isPresent()) {
            // Never downgrade, never ask again: the same certificate or nothing.
            return started(again.open(new RoomTrust.Pinned(fingerprint.get())), host, port, trust);
        }
        return trust == null ? started(again.plain(), host, port, null) : started(again.open(trust), host, port, trust);
    }

    /** Whether this session can log in again by itself ({@link #reconnect}): it logged in, and the password is kept. */
    public synchronized boolean canReconnect() {
        return username != null && (guestSession || sessionPassword != null);
    }

    /** Clears the password kept for this session; call when the window that uses it closes. */
    public synchronized void forgetPassword() {
        if (sessionPassword != null) {
            sessionPassword.close();
            sessionPassword = null;
        }
    }

    /** salt, then login with the hashed password; {@code password} is copied, as for {@link #register}. */
    public CompletableFuture<AuthResult> login(String user, char[] password) {
        return withPassword(password, secret -> auth.login(user, secret));
    }

    /** @deprecated a {@code String} cannot be cleared; use {@link #register(String, char[])}. */
    @Deprecated
    public CompletableFuture<AuthResult> register(String user, String password) {
        char[] chars = password.toCharArray();
        try {
            return register(user, chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** @deprecated a {@code String} cannot be cleared; use {@link #login(String, char[])}. */
    @Deprecated
    public CompletableFuture<AuthResult> login(String user, String password) {
        char[] chars = password.toCharArray();
        try {
            return login(user, chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * Enters the room this app hosts as its owner, with the token the room handed this process (never anyone
     * else's): no password, so nothing is kept for a {@link #reconnect}.
     */
    public CompletableFuture<AuthResult> ownerLogin(String user, OwnerToken token) {
        return auth.ownerLogin(user, token);
    }

    /** Legacy guest login, for rooms that allow it. */
    public CompletableFuture<AuthResult> guest(String user) {
        return auth.guest(user).thenApply(result -> {
            if (result instanceof AuthResult.LoggedIn) {
                guestSession = true;
            }
            return result;
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
     * and how many there are in all ({@link UserList#total()}, when the room says). A refusal (an {@code error}
     * that answers the request) fails the future with an {@link IllegalStateException} carrying the room's words.
     */
    public CompletableFuture<UserList> userList(boolean online) {
        CompletableFuture<ServerMessage> answer = answers.expect(Expectation.USER_LIST);
        send(new UserListRequest(requireUser(), online));
        return answer.thenApply(message -> switch (message) {
            case UserList list -> list;
            case ProtocolError e -> throw new IllegalStateException(e.message());
            default -> throw new IllegalStateException("unexpected answer from the room: " + message);
        });
    }

    /** Says goodbye to the room and closes. */
    public void disconnect() {
        if (!socket.isOpen()) {
            return;
        }
        String user = username;
        if (user != null) {
            send(new DisconnectRequest(user));
        }
        socket.closeAfterWrites("You left the room.");
    }

    @Override
    public void close() {
        disconnect();
    }

    // ---- plumbing ----

    /**
     * The copy of a typed password is kept for the session when the attempt logs in ({@link #reconnect} uses it) and
     * cleared otherwise.
     */
    private CompletableFuture<AuthResult> withPassword(
            char[] typed, Function<Password, CompletableFuture<AuthResult>> attempt) {
        Password secret = Password.copyOf(typed);
        try {
            return attempt.apply(secret).whenComplete((result, failure) -> keepIfLoggedIn(secret, result));
        } catch (RuntimeException e) {
            secret.close();
            throw e;
        }
    }

    private synchronized void keepIfLoggedIn(Password secret, AuthResult result) {
        if (result instanceof AuthResult.LoggedIn) {
            if (sessionPassword != null) {
                sessionPassword.close();
            }
            sessionPassword = secret;
        } else {
            secret.close();
        }
    }

    private void send(ClientRequest request) {
        socket.write(codec.encode(request, version));
    }

    private void startReading() {
        var inbound = new ClientSocket.Inbound() {
            @Override
            public void received(ServerMessage message, byte[] bytes, int offset, int length) {
                ParleyClient.this.received(message, bytes, offset, length);
            }

            @Override
            public void unreadable() {
                RoomProbe asked = probe;
                if (asked != null) {
                    asked.unreadable();
                }
            }

            @Override
            public void ended(String reason) {
                RoomProbe asked = probe;
                if (asked != null) {
                    asked.ended();
                }
                answers.closeAll(reason);
                listeners.end(reason);
            }
        };
        Thread.ofVirtual().name("parley-client-reader").start(() -> socket.readUntilEnd(codec, inbound));
    }

    /** On the reading thread, one message at a time; {@code message} is null for a type the codec does not know. */
    private void received(ServerMessage message, byte[] bytes, int offset, int length) {
        var node = contract.parse(bytes, offset, length);
        RoomProbe asked = probe;
        if (asked != null && asked.pending() && asked.offer(node)) {
            return; // the answer to room_info, which askingWhatTheRoomIs reads
        }
        String type = node.map(ContractFields::type).orElse("");
        if (type.equals("room")) {
            // What the room is like, for whoever asks, and for listeners in order with the rest.
            RoomInfo info = ContractFields.roomInfo(node.orElseThrow());
            room = info;
            listeners.publishRoomInfo(info, length);
            return;
        }
        if (type.equals("history")) {
            listeners.publishHistory(ContractFields.history(node.orElseThrow()), length);
            return;
        }
        if (message == null) {
            return; // a newer room's message this client does not know
        }
        var details = node.map(ContractFields::details).orElse(MessageDetails.NONE);
        if (isLoginSuccess(message)) {
            // Before the login's future completes: a listener attached until now hears nothing after it.
            listeners.loggedIn();
        }
        boolean answered = answers.offer(message);
        if (!answered || SessionEnders.endsSession(message)) {
            listeners.publish(message, details, length);
        }
    }

    private static boolean isLoginSuccess(ServerMessage message) {
        return (message instanceof LoginResult r && r.success()) || (message instanceof LoginStatus s && s.success());
    }

    private String requireUser() {
        String user = username;
        if (user == null) {
            throw new IllegalStateException("log in first");
        }
        return user;
    }
}
