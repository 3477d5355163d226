package dev.parley.bench.load;

import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import java.io.IOException;

/** The protocol's register and login flows (docs/protocol.md, Flows) on an {@link Exchange}. */
final class AccountFlows {

    private AccountFlows() {}

    /** Registers {@code name}, which leaves the connection logged in as that user (the register flow ends so). */
    static void register(Exchange room, String name, String password, long deadlineNanos) throws IOException {
        room.send(new RegisterRequest(name), deadlineNanos);
        ServerMessage answer =
                room.await(m -> m instanceof UsernameRegisterStatus || m instanceof RegisterStatus, deadlineNanos);
        if (!(answer instanceof UsernameRegisterStatus(boolean taken)) || taken) {
            throw new IOException("could not register " + name + ": " + answer);
        }
        LoginResult result = login(room, name, password, deadlineNanos);
        if (!result.success()) {
            throw new IOException("could not set the password of " + name + ": " + result);
        }
    }

    /** salt, then login with the client hash; returns the room's answer to the login. */
    static LoginResult login(Exchange room, String name, String password, long deadlineNanos) throws IOException {
        room.send(new SaltRequest(name), deadlineNanos);
        Salt salt = (Salt) room.await(m -> m instanceof Salt, deadlineNanos);
        room.send(new LoginRequest(name, PasswordDigest.clientHash(password, salt.salt())), deadlineNanos);
        ServerMessage answer = room.await(m -> m instanceof LoginResult || m instanceof RegisterStatus, deadlineNanos);
        if (answer instanceof RegisterStatus(boolean ok, String why)) {
            throw new IOException("the room refused the registration of " + name + ": " + why);
        }
        return (LoginResult) answer;
    }
}
