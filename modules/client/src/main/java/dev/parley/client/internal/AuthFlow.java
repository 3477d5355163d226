package dev.parley.client.internal;

import dev.parley.client.AuthResult;
import dev.parley.protocol.OwnerToken;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.GuestLogin;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.OwnerLoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.LoginStatus;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The request sequences that get a connection into the room: register (register, salt, login), login (salt,
 * login) and guest. It hashes the password the moment the salt arrives and never keeps the hash. It does not own
 * the {@link Password}: whoever passes one clears it (a reconnect would keep it for the session).
 */
public final class AuthFlow {

    /** How the flow talks to the room. */
    public interface Exchange {

        /** A waiter for the answer, registered before the request goes out. */
        CompletableFuture<ServerMessage> expect(Expectation expectation);

        void send(ClientRequest request);

        default CompletableFuture<ServerMessage> request(ClientRequest request, Expectation expectation) {
            CompletableFuture<ServerMessage> answer = expect(expectation);
            send(request);
            return answer;
        }
    }

    private final Exchange room;
    private final Consumer<String> onLoggedIn;

    /** {@code onLoggedIn} hears the name a login succeeded with, before the attempt's future completes. */
    public AuthFlow(Exchange room, Consumer<String> onLoggedIn) {
        this.room = room;
        this.onLoggedIn = onLoggedIn;
    }

    /** register, then salt, then login with the hashed password. */
    public CompletableFuture<AuthResult> register(String user, Password password) {
        return room.request(new RegisterRequest(user), Expectation.REGISTER).thenCompose(answer -> switch (answer) {
            case UsernameRegisterStatus s when !s.taken() -> login(user, password);
            case UsernameRegisterStatus s -> done(new AuthResult.NameTaken());
            case RegisterStatus s when s.success() -> login(user, password);
            case RegisterStatus s -> done(new AuthResult.RegistrationRefused(s.additionalInfo()));
            default -> done(refusal(answer));
        });
    }

    /** salt, then login with the password hashed with it. */
    public CompletableFuture<AuthResult> login(String user, Password password) {
        return room.request(new SaltRequest(user), Expectation.SALT)
                .thenCompose(answer -> answer instanceof Salt salt
                        ? room.request(new LoginRequest(user, password.clientHash(salt.salt())), Expectation.LOGIN)
                                .thenApply(loginAnswer -> loginOutcome(user, loginAnswer))
                        : done(refusal(answer)));
    }

    /**
     * {@code owner_login} with the token the room this app hosts handed it (docs/protocol.md, "Owner login"):
     * answered like a login, and refused like a wrong password anywhere else.
     */
    public CompletableFuture<AuthResult> ownerLogin(String user, OwnerToken token) {
        return room.request(new OwnerLoginRequest(user, token.wireValue()), Expectation.LOGIN)
                .thenApply(answer -> loginOutcome(user, answer));
    }

    /** Legacy guest login, for rooms that allow it. */
    public CompletableFuture<AuthResult> guest(String user) {
        // A refusal comes as two lines: login false, then why (username_taken or an error). The waiter for the
        // second is in place before the request goes out, so the reader cannot hand that line to the listeners
        // while the first answer is still being looked at.
        CompletableFuture<ServerMessage> answer = room.expect(Expectation.GUEST);
        CompletableFuture<ServerMessage> reason = room.expect(Expectation.GUEST_REFUSAL);
        room.send(new GuestLogin(user));
        return answer.whenComplete((first, failed) -> {
                    if (failed != null) {
                        reason.cancel(false);
                    }
                })
                .thenCompose(first -> {
                    if (first instanceof LoginResult r && !r.success()) {
                        return reason.thenApply(
                                why -> why instanceof UsernameTaken ? new AuthResult.NameTaken() : refusal(why));
                    }
                    reason.cancel(false);
                    return done(
                            switch (first) {
                                case LoginResult r when r.success() -> loggedIn(user);
                                case LoginStatus s when s.success() -> loggedIn(user);
                                case LoginStatus s -> new AuthResult.LoginRefused(null, null);
                                default -> refusal(first);
                            });
                });
    }

    private AuthResult loginOutcome(String user, ServerMessage answer) {
        return switch (answer) {
            case LoginResult r when r.success() -> loggedIn(user);
            case LoginResult r -> new AuthResult.LoginRefused(r.reason(), r.attemptsLeft());
            case LoginStatus s when s.success() -> loggedIn(user);
            case LoginStatus s -> new AuthResult.LoginRefused(null, null);
            case RegisterStatus s -> new AuthResult.RegistrationRefused(s.additionalInfo());
            default -> refusal(answer);
        };
    }

    private AuthResult loggedIn(String user) {
        onLoggedIn.accept(user);
        return new AuthResult.LoggedIn(user);
    }

    private static AuthResult refusal(ServerMessage answer) {
        return switch (answer) {
            case Banned b -> new AuthResult.Banned();
            case OutdatedClient o -> new AuthResult.Outdated(o.version());
            case ProtocolError e -> new AuthResult.Failed(e.code(), e.message());
            default -> new AuthResult.Failed("unexpected", "unexpected answer from the room: " + answer);
        };
    }

    private static CompletableFuture<AuthResult> done(AuthResult result) {
        return CompletableFuture.completedFuture(result);
    }
}
