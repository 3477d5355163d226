package dev.parley.client.internal;

import dev.parley.protocol.message.ErrorCode;
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
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What can answer one kind of request. The protocol has no request ids, so an {@code error} answers a request only
 * when its code is one the server gives in reply to that kind of request (docs/protocol.md, "How Parley's client
 * matches answers"); any other error (kicked, too_many_attempts after a refused login, an error about a chat
 * line) is an event for the listeners.
 */
public record Expectation(String request, Set<Class<? extends ServerMessage>> answers, Set<String> errorCodes) {

    /** Errors about the request itself, which any request may get (a newer client, an older server). */
    private static final Set<String> ABOUT_THE_REQUEST = codes(
            ErrorCode.MALFORMED_JSON,
            ErrorCode.UNKNOWN_TYPE,
            ErrorCode.MISSING_FIELD,
            ErrorCode.WRONG_TYPE,
            ErrorCode.INVALID_VERSION,
            ErrorCode.INVALID_UTF8,
            ErrorCode.INTERNAL_ERROR);

    /** Logging in can end the session with an answer: a ban, or a client too old for the room. */
    private static final Set<Class<? extends ServerMessage>> REFUSALS = Set.of(Banned.class, OutdatedClient.class);

    public static final Expectation SALT =
            new Expectation("salt", with(REFUSALS, Set.of(Salt.class)), ABOUT_THE_REQUEST);
    public static final Expectation REGISTER = new Expectation(
            "register",
            with(REFUSALS, Set.of(UsernameRegisterStatus.class, RegisterStatus.class)),
            with(ABOUT_THE_REQUEST, ErrorCode.ALREADY_LOGGED_IN));
    /** A registration's password is its first login; a full hashing queue refuses it with register_status. */
    public static final Expectation LOGIN = new Expectation(
            "login",
            with(REFUSALS, Set.of(LoginResult.class, LoginStatus.class, RegisterStatus.class)),
            with(ABOUT_THE_REQUEST, ErrorCode.ALREADY_LOGGED_IN));

    public static final Expectation GUEST = new Expectation(
            "guest",
            with(REFUSALS, Set.of(LoginResult.class, LoginStatus.class)),
            with(ABOUT_THE_REQUEST, ErrorCode.ALREADY_LOGGED_IN));
    /** Why a guest login was refused: the line that follows its {@code login} false. */
    public static final Expectation GUEST_REFUSAL = new Expectation(
            "guest refusal", Set.of(UsernameTaken.class), codes(ErrorCode.GUESTS_DISABLED, ErrorCode.INVALID_USERNAME));

    public static final Expectation USER_LIST =
            new Expectation("userlist", Set.of(UserList.class), with(ABOUT_THE_REQUEST, ErrorCode.NOT_LOGGED_IN));

    public Expectation {
        if (answers.contains(ProtocolError.class)) {
            throw new IllegalArgumentException("errors are accepted by code, not all at once");
        }
        answers = Set.copyOf(answers);
        errorCodes = Set.copyOf(errorCodes);
    }

    public boolean accepts(ServerMessage message) {
        if (message instanceof ProtocolError e) {
            return errorCodes.contains(e.code());
        }
        return answers.stream().anyMatch(type -> type.isInstance(message));
    }

    private static Set<String> codes(ErrorCode... codes) {
        return Arrays.stream(codes).map(ErrorCode::wireName).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> with(Set<String> codes, ErrorCode more) {
        return Stream.concat(codes.stream(), Stream.of(more.wireName())).collect(Collectors.toUnmodifiableSet());
    }

    private static <T> Set<T> with(Set<T> some, Set<T> more) {
        return Stream.concat(some.stream(), more.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
