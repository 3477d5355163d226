package dev.parley.server.room;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
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
import dev.parley.protocol.message.ClientRequest.OwnerLoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.RoomInfoRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.TypingRequest;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import dev.parley.server.ServerConfig;
import dev.parley.server.logging.LogSafe;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one connection's requests, one at a time, as docs/protocol.md describes: checks what every request must
 * pass (version, address ban, speaking for oneself, logged in or not) and hands it to the class that handles it.
 */
final class RequestDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    private final ServerConfig config;
    private final Clock clock;
    private final OncePerMinute floodLog = new OncePerMinute();
    private final ParleyVersion minClientVersion;
    private final AccountStore accounts;
    private final BanList bans;
    private final RoomMembers members;
    private final MessageCodec codec;
    private final Replies replies;
    private final Registration registration;
    private final Authenticator authenticator;
    private final GuestLogins guests;
    private final OwnerLogin ownerLogin;
    private final UserListQuery userList;
    private final RecentlySeen seen;
    private final RoomEntry entry;

    RequestDispatcher(
            ServerConfig config,
            AccountStore accounts,
            BanList bans,
            RoomMembers members,
            MessageCodec codec,
            Clock clock,
            HashPool hashing,
            LimitTrips trips,
            RecentlySeen seen) {
        this.config = config;
        this.clock = clock;
        this.minClientVersion = config.minClientVersion();
        this.accounts = accounts;
        this.bans = bans;
        this.members = members;
        this.codec = codec;
        this.replies = new Replies(codec, trips);
        this.seen = seen;
        var attempts = new LoginAttempts(config, clock, replies);
        var entry = new RoomEntry(config, members, accounts, bans, clock, attempts, replies);
        this.entry = entry;
        var nameClaims = new NameClaims();
        this.registration =
                new Registration(config, accounts, bans, members, nameClaims, hashing, attempts, entry, replies, clock);
        this.authenticator =
                new Authenticator(accounts, bans, members, hashing, attempts, registration, entry, replies);
        this.guests = new GuestLogins(config, accounts, nameClaims, entry, replies);
        this.ownerLogin = new OwnerLogin(config.owner(), accounts, members, attempts, entry);
        this.userList = new UserListQuery(members, accounts, replies);
    }

    /** The owner login of this room, which issues its token. */
    OwnerLogin ownerLogin() {
        return ownerLogin;
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
            replies.send(s, new ProtocolError(e.code(), e.getMessage()));
            return;
        }
        try {
            dispatch(s, in);
        } catch (RuntimeException e) {
            LOG.error("Failed to handle {} on {}", LogSafe.text(in.request()), s.connection, e);
            replies.send(s, new ProtocolError(ErrorCode.INTERNAL_ERROR, "The server failed to handle that request."));
        }
    }

    /** The connection is gone: its member leaves and a name it reserved is free again. */
    void onClosed(Session s) {
        leave(s);
        registration.release(s);
    }

    private void dispatch(Session s, InboundRequest in) {
        // room_info is answered whatever the version: the room's own version is in the answer, and a client too old
        // hears so at its login, as a client that never asks does.
        if (in.clientVersion().isOlderThan(minClientVersion) && !(in.request() instanceof RoomInfoRequest)) {
            replies.sendAndClose(s, new OutdatedClient(ParleyVersion.current().toString()));
            return;
        }
        if (bans.forAddress(s.connection.address()).isPresent()) {
            replies.sendAndClose(s, new Banned());
            return;
        }
        ClientRequest request = in.request();
        if (s.loggedIn()
                && !(request instanceof RoomInfoRequest)
                && !Usernames.key(request.user()).equals(Usernames.key(s.member.username()))) {
            LOG.info(
                    "{} logged in as {} spoke for {}; closing it",
                    s.connection,
                    LogSafe.text(s.member.username()),
                    LogSafe.text(request.user()));
            replies.sendAndClose(s, new WrongIp());
            return;
        }
        noteName(s, request);
        switch (request) {
            case SaltRequest r -> replies.send(s, new Salt(accounts.saltFor(r.user())));
            case RegisterRequest r -> {
                if (loggedOut(s)) {
                    registration.reserve(s, r);
                }
            }
            case LoginRequest r -> {
                if (loggedOut(s)) {
                    authenticator.login(s, r);
                }
            }
            case GuestLogin r -> {
                if (loggedOut(s)) {
                    guests.login(s, r);
                }
            }
            case OwnerLoginRequest r -> {
                if (loggedOut(s)) {
                    ownerLogin.login(s, r);
                }
            }
            case SendMessage r -> {
                if (loggedIn(s)) {
                    say(s, r);
                }
            }
            case UserListRequest r -> {
                if (loggedIn(s) && withinBudget(s, FloodControl.Kind.USER_LIST)) {
                    userList.answer(s, r);
                }
            }
            case TypingRequest r -> {
                if (loggedIn(s) && withinBudget(s, FloodControl.Kind.TYPING)) {
                    members.typing(s.member, r.typing());
                }
            }
            case RoomInfoRequest r -> describeRoom(s);
            case DisconnectRequest r -> {
                leave(s);
                s.connection.closeGracefully();
            }
        }
    }

    /**
     * Beyond the spec: what the room is, to anyone who asks, logged in or not, so a joiner sees the room's name
     * before its login and a client tells a Parley room from another listener. Costs one small line, like a
     * {@code salt} answer, and ends with the same login deadline.
     */
    private void describeRoom(Session s) {
        replies.send(s, entry.description());
    }

    /** A login, registration or guest login names who is trying: the host's "recently seen" list shows them. */
    private void noteName(Session s, ClientRequest request) {
        if (!s.loggedIn()
                && (request instanceof LoginRequest
                        || request instanceof RegisterRequest
                        || request instanceof GuestLogin
                        || request instanceof OwnerLoginRequest)) {
            s.named = request.user();
            seen.saw(s.connection.address(), request.user());
        }
    }

    private void say(Session s, SendMessage r) {
        if (!withinBudget(s, FloodControl.Kind.MESSAGE)) {
            return;
        }
        String text = r.message();
        // Code points, so an emoji is one character as a person counts it; refused whole, never cut.
        int chars = text.codePointCount(0, text.length());
        if (chars > config.maxMessageChars()) {
            replies.refuse(
                    s,
                    ErrorCode.MESSAGE_TOO_LONG,
                    "Your message has " + chars + " characters; this room takes at most " + config.maxMessageChars()
                            + ". It was not sent.");
            return;
        }
        if (r.message().isBlank()) {
            replies.send(s, new ProtocolError(ErrorCode.EMPTY_MESSAGE, "A message needs some text."));
            return;
        }
        // the room's clock, so every client shows the same time, and the history the same as the broadcast
        members.say(s.member, new ChatMessage(s.member.username(), r.message(), clock.instant()));
    }

    /** Takes one of the member's tokens for {@code kind}; refuses the request, or closes a flooder, when none is left. */
    private boolean withinBudget(Session s, FloodControl.Kind kind) {
        long now = clock.millis();
        if (s.flood == null) {
            s.flood = new FloodControl(config, now);
        }
        return switch (s.flood.take(kind, now)) {
            case FloodControl.Verdict.Allowed a -> true;
            case FloodControl.Verdict.Refused refused -> {
                replies.refuse(s, ErrorCode.RATE_LIMITED, s.flood.refusalText(kind, refused.retryAfter()));
                yield false;
            }
            case FloodControl.Verdict.Flooding f -> {
                if (floodLog.shouldLog(s.connection.address())) {
                    LOG.info(
                            "Closed {} ({}): kept sending {} past the room's limits (logged once a minute per address)",
                            s.connection,
                            LogSafe.text(s.name()),
                            kind.words);
                }
                replies.refuseAndClose(
                        s, ErrorCode.FLOODING, "Too many requests past the room's limits; the connection is closed.");
                yield false;
            }
        };
    }

    private boolean loggedIn(Session s) {
        if (s.loggedIn()) {
            return true;
        }
        replies.send(s, new ProtocolError(ErrorCode.NOT_LOGGED_IN, "Log in first (salt, then login), or register."));
        return false;
    }

    private boolean loggedOut(Session s) {
        if (!s.loggedIn()) {
            return true;
        }
        replies.send(s, new ProtocolError(ErrorCode.ALREADY_LOGGED_IN, "This connection is logged in already."));
        return false;
    }

    private void leave(Session s) {
        if (s.member != null) {
            if (members.leave(s.member)) {
                LOG.info("{} left ({})", LogSafe.text(s.member.username()), s.connection);
            }
            seen.saw(s.connection.address(), s.member.username());
            s.member = null;
        }
    }
}
