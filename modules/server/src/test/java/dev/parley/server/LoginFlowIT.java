package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginFlowIT {

    @TempDir
    Path dir;

    @Test
    void registerSaltLoginAndBroadcast() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.connect();
            bob.register("bob", "secret");
            alice.expect(new UserNotification("bob", true));

            bob.send(new SendMessage("bob", "hello alice"));

            alice.expect(new ChatMessage("bob", "hello alice"));
            bob.expect(new ChatMessage("bob", "hello alice"));
        }
    }

    @Test
    void registeredAccountLogsInAgainAfterARestart() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.registered("alice").close();
        }
        try (var room = TestRoom.start(dir)) {
            TestClient again = room.connect();
            again.login("alice", "pw-alice");
            assertThat(room.server.onlineUsers())
                    .extracting(OnlineUser::username)
                    .containsExactly("alice");
        }
    }

    @Test
    void takenNameIgnoringCase() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.registered("alice");
            TestClient other = room.connect();

            other.send(new RegisterRequest("ALICE"));

            other.expect(new UsernameRegisterStatus(true));
        }
    }

    @Test
    void invalidNameOrClosedRegistrationIsRefusedWithAReason() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient c = room.connect();
            c.send(new RegisterRequest("no spaces please"));
            RegisterStatus status = c.expect(RegisterStatus.class);
            assertThat(status.success()).isFalse();
            assertThat(status.additionalInfo()).contains("letters");
        }
        try (var room = TestRoom.start(dir.resolve("closed"), c -> c.allowRegistration(false))) {
            TestClient c = room.connect();
            c.send(new RegisterRequest("alice"));
            assertThat(c.expect(RegisterStatus.class))
                    .isEqualTo(new RegisterStatus(false, "This room does not take new registrations."));
        }
    }

    @Test
    void aNameBeingRegisteredCannotBeClaimedByAnotherConnection() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient first = room.connect();
            first.send(new RegisterRequest("dave"));
            first.expect(new UsernameRegisterStatus(false));

            TestClient second = room.connect();
            second.send(new RegisterRequest("dave"));
            second.expect(new UsernameRegisterStatus(true));
            String salt = second.salt("dave");
            second.send(new LoginRequest("dave", PasswordDigest.clientHash("mine", salt)));
            second.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2));

            first.close();
            // The unfinished registration goes with its connection; then the name is free again.
            TestClient third = room.connect();
            awaitRegistrable(third, "dave");
        }
    }

    @Test
    void wrongPasswordThreeTimesClosesTheConnection() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.registered("alice").close();
            TestClient c = room.connect();
            String salt = c.salt("alice");
            for (int i = 0; i < 2; i++) {
                c.send(new LoginRequest("alice", PasswordDigest.clientHash("guess" + i, salt)));
                c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2 - i));
            }
            c.send(new LoginRequest("alice", PasswordDigest.clientHash("guess3", salt)));
            c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 0));
            List<ServerMessage> last = c.awaitClosed();
            assertThat(last)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class,
                            e -> assertThat(e.is(ErrorCode.TOO_MANY_ATTEMPTS)).isTrue());
        }
    }

    @Test
    void failuresAreThrottledPerAddressAcrossConnections() throws Exception {
        try (var room = TestRoom.start(
                dir,
                c -> c.maxLoginAttempts(10).loginFailuresPerAddress(2).loginFailureWindow(Duration.ofMinutes(5)))) {
            room.registered("alice").close();
            TestClient attacker = room.connectFrom("127.0.0.5");
            String salt = attacker.salt("alice");
            for (int i = 0; i < 2; i++) {
                attacker.send(new LoginRequest("alice", PasswordDigest.clientHash("guess" + i, salt)));
                assertThat(attacker.expect(LoginResult.class).success()).isFalse();
            }
            TestClient again = room.connectFrom("127.0.0.5");
            again.send(new LoginRequest("alice", PasswordDigest.clientHash("pw-alice", salt)));
            again.expect(LoginResult.refused(LoginResult.TOO_MANY_ATTEMPTS, 9));
            assertThat(again.expect(ProtocolError.class).is(ErrorCode.TOO_MANY_ATTEMPTS))
                    .isTrue();

            TestClient elsewhere = room.connectFrom("127.0.0.6");
            elsewhere.login("alice", "pw-alice");
        }
    }

    @Test
    void oneSessionPerAccount() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient second = room.connect();
            String salt = second.salt("alice");

            second.send(new LoginRequest("alice", PasswordDigest.clientHash("pw-alice", salt)));

            second.expect(LoginResult.refused(LoginResult.ALREADY_ONLINE, 2));
            alice.send(new SendMessage("alice", "still here"));
            alice.expect(new ChatMessage("alice", "still here"));
        }
    }

    @Test
    void loggedInConnectionCannotLogInAgain() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            alice.send(new RegisterRequest("alice"));
            assertThat(alice.expect(ProtocolError.class).is(ErrorCode.ALREADY_LOGGED_IN))
                    .isTrue();
        }
    }

    private static void awaitRegistrable(TestClient c, String name) throws Exception {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            c.send(new RegisterRequest(name));
            if (!c.expect(UsernameRegisterStatus.class).taken()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(name + " stayed taken after its registering connection left");
    }
}
