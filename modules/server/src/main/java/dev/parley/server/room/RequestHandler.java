package dev.parley.server.room;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.codec.InboundRequest;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import dev.parley.protocol.message.ClientRequest.GuestLogin;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.TypingRequest;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import dev.parley.server.ServerConfig;
import dev.parley.server.logging.LogSafe;
import dev.parley.server.room.Room.Admission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers one connection's requests, one at a time, as docs/protocol.md describes. */
final class RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final ServerConfig config;
    private final AccountStore accounts;
    private final BanList bans;
    private final Room room;
    private final LoginThrottle throttle;
    private final HashBudget hashBudget;
    private final HashPool hashing;
    private final MessageCodec codec;
    private final Clock clock;
    /**
     * Orders the claims on a free name: a guest taking it against a registration reserving it. Not the room's lock,
     * because both ask the account store, which may be busy saving.
     */
    private final ReentrantLock nameClaims = new ReentrantLock();

    RequestHandler(ServerConfig config, AccountStore accounts, BanList bans, Room room, MessageCodec codec,
                   Clock clock, HashPool hashing) {
        this.config = config;
        this.accounts = accounts;
        this.bans = bans;
        this.room = room;
        this.codec = codec;
        this.clock = clock;
        this.hashing = hashing;
        this.throttle = new LoginThrottle(config.loginFailuresPerAddress(), config.loginFailureWindow(), clock);
        this.hashBudget = new HashBudget(clock);
    }

    /** One object (or one bad stretch) as the connection's framer cut it. */
    void handleFrame(Session s, Frame frame) {
        InboundRequest in;
        try {
            in = switch (frame) {
                case Frame.JsonObject o -> codec.decodeRequest(o.bytes(), o.offset(), o.length());
                case Frame.Malformed m -> throw new ProtocolException(m.code(), m.message());
            };
        } catch (ProtocolException e) {
            reply(s, new ProtocolError(e.code(), e.getMessage()));
            return;
        }
        try {
            handle(s, in);
        } catch (RuntimeException e) {
            LOG.error("Failed to handle {} on {}", LogSafe.text(in.request()), s.connection, e);
            reply(s, new ProtocolError(ErrorCode.INTERNAL_ERROR, "The server failed to handle that request."));
        }
    }

    private void handle(Session s, InboundRequest in) {
        if (in.clientVersion().isOlderThan(config.minClientVersion())) {
            replyAndClose(s, new OutdatedClient(ParleyVersion.current().toString()));
            return;
        }
        if (bans.forAddress(s.connection.address()).isPresent()) {
            replyAndClose(s, new Banned());
            return;
        }
        ClientRequest request = in.request();
        if (s.loggedIn() && !Usernames.key(request.user()).equals(Usernames.key(s.member.username()))) {
            LOG.info("{} logged in as {} spoke for {}; closing it", s.connection, LogSafe.text(s.member.username()),
                    LogSafe.text(request.user()));
            replyAndClose(s, new WrongIp());
            return;
        }
        switch (request) {
            case SaltRequest r -> reply(s, new Salt(accounts.saltFor(r.user())));
            case RegisterRequest r -> register(s, r);
            case LoginRequest r -> login(s, r);
            case GuestLogin r -> guest(s, r);
            case SendMessage r -> message(s, r);
            case UserListRequest r -> userList(s, r);
            case TypingRequest r -> {
                if (requireLogin(s)) {
                    room.typing(s.member, r.typing());
                }
            }
            case DisconnectRequest r -> {
                leave(s);
                s.connection.closeGracefully();
            }
        }
    }

    void onClosed(Session s) {
        leave(s);
        releasePendingRegistration(s);
    }

    private void register(Session s, RegisterRequest r) {
        if (!requireLoggedOut(s)) {
            return;
        }
        if (!config.allowRegistration()) {
            reply(s, new RegisterStatus(false, "This room does not take new registrations."));
            return;
        }
        Optional<String> problem = Usernames.problemWith(r.user());
        if (problem.isPresent()) {
            reply(s, new RegisterStatus(false, problem.get()));
            return;
        }
        if (bans.forUser(r.user()).isPresent()) {
            reply(s, new RegisterStatus(false, "That username is banned from this room."));
            return;
        }
        releasePendingRegistration(s);
        boolean reserved = claimingNames(() -> !room.isOnline(r.user()) && accounts.reserve(r.user(), s));
        if (reserved) {
            s.pendingRegistration = r.user();
        }
        reply(s, new UsernameRegisterStatus(!reserved));
    }

    private void login(Session s, LoginRequest r) {
        if (!requireLoggedOut(s)) {
            return;
        }
        InetAddress address = s.connection.address();
        if (throttle.isBlocked(address)) {
            failLogin(s, LoginResult.TOO_MANY_ATTEMPTS, new ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS,
                    "Too many failed logins from your address; wait a few minutes and try again."));
            return;
        }
        if (s.pendingRegistration != null && Usernames.key(s.pendingRegistration).equals(Usernames.key(r.user()))) {
            finishRegistration(s, r);
            return;
        }
        if (bans.forUser(r.user()).isPresent()) {
            replyAndClose(s, new Banned());
            return;
        }
        if (room.find(r.user()).filter(m -> !m.guest()).isPresent()) {
            // One session per account, said before hashing, so a crowd logging in to an online account costs the
            // room nothing. Not a wrong password: the address is not throttled.
            failLogin(s, LoginResult.ALREADY_ONLINE, null);
            return;
        }
        if (!takeHashBudget(s)) {
            return;
        }
        s.loggingInAs = r.user();
        try {
            Optional<String> name;
            try {
                // A connection closed while it waited (banned, gone) is not worth a hash.
                name = hashing.run(() -> s.connection.isClosing() ? Optional.<String>empty()
                        : accounts.verify(r.user(), r.password()));
            } catch (HashPool.Busy e) {
                refuseBusy(s);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (s.connection.isClosing()) {
                return;
            }
            if (name.isEmpty()) {
                throttle.recordFailure(address);
                failLogin(s, LoginResult.WRONG_CREDENTIALS, null);
                return;
            }
            admitted(s, enter(s, name.get(), false));
        } finally {
            s.loggingInAs = null;
        }
    }

    private void finishRegistration(Session s, LoginRequest r) {
        if (!takeHashBudget(s)) {
            return;
        }
        String pending = s.pendingRegistration;
        String name;
        try {
            // Hashes, then saves the account: both off the room's threads, and no room lock is held.
            name = hashing.run(() -> accounts.completeRegistration(pending, s, r.password()));
        } catch (HashPool.Busy e) {
            releasePendingRegistration(s);
            reply(s, new RegisterStatus(false, "The room is busy checking passwords; register again in a moment."));
            return;
        } catch (IOException e) {
            LOG.error("Could not save the account {}", LogSafe.text(pending), e);
            releasePendingRegistration(s);
            reply(s, new RegisterStatus(false, "The server could not save the account; try again later."));
            return;
        }
        s.pendingRegistration = null;
        LOG.info("{} registered {}", s.connection, LogSafe.text(name));
        admitted(s, enter(s, name, false));
    }

    /** Answers a login whose password was right, by how the room took it. */
    private void admitted(Session s, Admission admission) {
        switch (admission) {
            case ADMITTED, CONNECTION_CLOSING -> {
            }
            case NAME_ONLINE -> failLogin(s, LoginResult.ALREADY_ONLINE, null);
            case BANNED -> replyAndClose(s, new Banned());
        }
    }

    /** Every hash costs its address a token; without one the login is refused before any hashing. */
    private boolean takeHashBudget(Session s) {
        if (hashBudget.tryTake(s.connection.address())) {
            return true;
        }
        failLogin(s, LoginResult.TOO_MANY_ATTEMPTS, new ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS,
                "Too many logins from your address; wait a minute and try again."));
        return false;
    }

    /** The hashing queue is full: try again shortly. Not the client's fault, so not one of its attempts. */
    private void refuseBusy(Session s) {
        reply(s, LoginResult.refused(LoginResult.BUSY, Math.max(0, config.maxLoginAttempts() - s.failedLogins)));
    }

    private void guest(Session s, GuestLogin r) {
        if (!requireLoggedOut(s)) {
            return;
        }
        if (!config.allowGuests()) {
            reply(s, new LoginResult(false));
            reply(s, new ProtocolError(ErrorCode.GUESTS_DISABLED,
                    "This room does not allow guests; register an account instead."));
            return;
        }
        Optional<String> problem = Usernames.problemWith(r.user());
        if (problem.isPresent()) {
            reply(s, new LoginResult(false));
            reply(s, new ProtocolError(ErrorCode.INVALID_USERNAME, problem.get()));
            return;
        }
        Admission admission;
        nameClaims.lock();
        try {
            admission = accounts.isTaken(r.user()) ? Admission.NAME_ONLINE : enter(s, r.user(), true);
        } finally {
            nameClaims.unlock();
        }
        switch (admission) {
            case ADMITTED, CONNECTION_CLOSING -> {
            }
            case NAME_ONLINE -> {
                reply(s, new LoginResult(false));
                reply(s, new UsernameTaken());
            }
            case BANNED -> replyAndClose(s, new Banned());
        }
    }

    private Admission enter(Session s, String name, boolean guest) {
        var member = new Member(name, guest, s.connection, clock.instant());
        Admission admission = room.join(member, new LoginResult(true), () -> admission(s, name));
        if (admission != Admission.ADMITTED) {
            return admission;
        }
        s.member = member;
        if (!guest) {
            accounts.recordLogin(name, s.connection.address().getHostAddress());
        }
        LOG.info("{} joined as {}{}", s.connection, LogSafe.text(name), guest ? " (guest)" : "");
        return admission;
    }

    /**
     * The last word on a join, under the room's lock: a kick or a ban that came while the password was being
     * hashed wins. Reads memory only (the ban list's snapshot), as the room's lock requires.
     */
    private Admission admission(Session s, String name) {
        if (s.connection.isClosing()) {
            return Admission.CONNECTION_CLOSING;
        }
        if (bans.forUser(name).isPresent() || bans.forAddress(s.connection.address()).isPresent()) {
            return Admission.BANNED;
        }
        return Admission.ADMITTED;
    }

    private boolean claimingNames(BooleanSupplier claim) {
        nameClaims.lock();
        try {
            return claim.getAsBoolean();
        } finally {
            nameClaims.unlock();
        }
    }

    private void failLogin(Session s, String reason, ProtocolError why) {
        s.failedLogins++;
        reply(s, LoginResult.refused(reason, Math.max(0, config.maxLoginAttempts() - s.failedLogins)));
        if (why != null) {
            reply(s, why);
        }
        if (s.failedLogins >= config.maxLoginAttempts()) {
            replyAndClose(s, new ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS,
                    "Too many failed logins; the connection is closed."));
        }
    }

    private void message(Session s, SendMessage r) {
        if (!requireLogin(s)) {
            return;
        }
        if (r.message().isBlank()) {
            reply(s, new ProtocolError(ErrorCode.EMPTY_MESSAGE, "A message needs some text."));
            return;
        }
        room.say(s.member, new ChatMessage(s.member.username(), r.message()));
    }

    private void userList(Session s, UserListRequest r) {
        if (!requireLogin(s)) {
            return;
        }
        List<String> online = room.members().stream().map(Member::username).toList();
        if (r.online()) {
            reply(s, codec.userListWithin(online, true, MessageLimits.MAX_SERVER_MESSAGE_BYTES));
            return;
        }
        var onlineKeys = online.stream().map(Usernames::key).collect(java.util.stream.Collectors.toSet());
        var offline = new ArrayList<String>();
        for (String name : accounts.usernames()) {
            if (!onlineKeys.contains(Usernames.key(name))) {
                offline.add(name);
            }
        }
        offline.sort(Comparator.comparing(Usernames::key));
        // Cut to what a client accepts (31,000 long names would not fit); the answer says it was cut.
        reply(s, codec.userListWithin(offline, false, MessageLimits.MAX_SERVER_MESSAGE_BYTES));
    }

    private boolean requireLogin(Session s) {
        if (s.loggedIn()) {
            return true;
        }
        reply(s, new ProtocolError(ErrorCode.NOT_LOGGED_IN, "Log in first (salt, then login), or register."));
        return false;
    }

    private boolean requireLoggedOut(Session s) {
        if (!s.loggedIn()) {
            return true;
        }
        reply(s, new ProtocolError(ErrorCode.ALREADY_LOGGED_IN, "This connection is logged in already."));
        return false;
    }

    private void leave(Session s) {
        if (s.member != null) {
            if (room.leave(s.member)) {
                LOG.info("{} left ({})", LogSafe.text(s.member.username()), s.connection);
            }
            s.member = null;
        }
    }

    private void releasePendingRegistration(Session s) {
        if (s.pendingRegistration != null) {
            accounts.release(s.pendingRegistration, s);
            s.pendingRegistration = null;
        }
    }

    private void reply(Session s, ServerMessage message) {
        s.connection.send(codec.encode(message));
    }

    private void replyAndClose(Session s, ServerMessage message) {
        s.connection.sendAndClose(codec.encode(message));
    }
}
