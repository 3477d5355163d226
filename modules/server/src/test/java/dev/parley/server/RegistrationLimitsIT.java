package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registering in bulk is refused per address and for the room; a name reserved and never used is let go. */
class RegistrationLimitsIT {

    @TempDir
    Path dir;

    @Test
    void anAddressRegistersItsShareThenIsRefusedWhileOthersStillRegister() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.registrationsPerAddress(2).registrationsPerRoom(3))) {
            room.registered("amy");
            room.registered("ben");

            TestClient third = room.connect();
            third.send(new RegisterRequest("cid"));
            assertRefused(third, "your address");

            room.connectFrom("127.0.0.2").register("dee", "pw-dee");

            TestClient fourth = room.connectFrom("127.0.0.3");
            fourth.send(new RegisterRequest("eve"));
            assertRefused(fourth, "this room");
            assertThat(room.accounts.isRegistered("cid")).isFalse();
            assertThat(room.accounts.isRegistered("eve")).isFalse();
        }
    }

    @Test
    void namesAskedForDoNotCountOnlyAccountsMadeDo() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.registrationsPerAddress(1).registrationsPerRoom(1))) {
            TestClient amy = room.connect();
            amy.send(new RegisterRequest("amy"));
            amy.expect(new UsernameRegisterStatus(false));
            TestClient ben = room.connect();
            ben.send(new RegisterRequest("ben"));
            ben.expect(new UsernameRegisterStatus(false));

            ben.send(new LoginRequest("ben", PasswordDigest.clientHash("pw", ben.salt("ben"))));
            ben.expect(new LoginResult(true));

            amy.send(new LoginRequest("amy", PasswordDigest.clientHash("pw", amy.salt("amy"))));
            assertRefused(amy, "your address");
            assertThat(room.accounts.isRegistered("amy")).isFalse();
            assertThat(room.accounts.isTaken("amy"))
                    .as("the name is free again")
                    .isFalse();
        }
    }

    @Test
    void aNameReservedAndNeverLoggedInIsFreeAgainAfterTheLoginTimeout() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.loginTimeout(Duration.ofMillis(1500)))) {
            TestClient squatter = room.connect();
            squatter.send(new RegisterRequest("amy"));
            squatter.expect(new UsernameRegisterStatus(false));

            TestClient early = room.connect();
            early.send(new RegisterRequest("amy"));
            early.expect(new UsernameRegisterStatus(true));

            squatter.awaitClosed();
            room.connect().register("amy", "pw-amy");
            assertThat(room.accounts.isRegistered("amy")).isTrue();
        }
    }

    private static void assertRefused(TestClient client, String who) throws InterruptedException {
        RegisterStatus status = client.expect(RegisterStatus.class);
        assertThat(status.success()).isFalse();
        assertThat(status.additionalInfo()).contains("Too many new accounts from " + who);
        assertThat(client.expect(ProtocolError.class).code()).isEqualTo(ErrorCode.TOO_MANY_REGISTRATIONS.wireName());
    }
}
