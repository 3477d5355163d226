package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.parley.protocol.OwnerToken;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ClientRequest.OwnerLoginRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RoomInfo;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's account and {@code owner_login} (docs/protocol.md, "Owner login"): the in-process client with the
 * room's token gets in without a password; a wrong token, another name, a room without a token are refused as a wrong
 * login and counted as one. (A right token from another address is OwnerLoginTest's: tests reach only loopback.)
 */
class OwnerLoginIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final ServerLog log = new ServerLog();

    @Test
    void theOwnersAccountIsMadeOnStartAndHasNoUsablePassword() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("alice"))) {
            assertThat(room.accounts.isRegistered("alice")).isTrue();
            assertThat(room.server.owner()).contains("alice");

            TestClient guess = room.connect();
            guess.send(new dev.parley.protocol.message.ClientRequest.LoginRequest(
                    "alice", dev.parley.protocol.PasswordDigest.clientHash("", guess.salt("alice"))));
            guess.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2));
        }
    }

    @Test
    void onceTheHostSetsAPasswordTheOwnerLogsInWithItFromAnywhere() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("alice"))) {
            assertThat(room.server.setPassword("alice", "secret".toCharArray())).isTrue();
            assertThat(room.server.setPassword("nobody", "secret".toCharArray()))
                    .isFalse();

            room.connect().login("alice", "secret");
        }
    }

    @Test
    void anOrdinaryAccountOfTheOwnersNameStaysAsItWasAndBecomesTheOwners() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.registered("alice");
        }
        try (var room = TestRoom.start(dir, c -> c.owner("alice"))) {
            room.connect().login("alice", "pw-alice");
        }
    }

    @Test
    void theInProcessClientWithTheTokenEntersAsTheOwnerAndEveryoneIsToldWhoOwnsTheRoom() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("alice").roomName("Attic"))) {
            OwnerToken token = room.server.issueOwnerToken();
            TestClient owner = room.connect();

            owner.send(new OwnerLoginRequest("alice", token.wireValue()));

            owner.expect(new LoginResult(true));
            owner.expect(new RoomInfo("Attic", ParleyVersion.current().toString(), 4000, 200, true, "alice"));
            owner.await(UserNotification.class, n -> n.user().equals("alice") && n.joined());
            room.registered("bob");
            owner.await(UserNotification.class, n -> n.user().equals("bob") && n.joined());
            assertThat(room.server.onlineUsers()).extracting(u -> u.username()).contains("alice", "bob");
        }
        assertThat(log.events())
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneSatisfy(m -> assertThat(m).containsPattern("[0-9a-f]{64}"));
    }

    @Test
    void theTokenIsTheSameForTheWholeRunAndTheOwnerLogsInOnceAtATime() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("alice"))) {
            OwnerToken token = room.server.issueOwnerToken();
            assertThat(room.server.issueOwnerToken()).isSameAs(token);
            TestClient first = room.connect();
            first.send(new OwnerLoginRequest("alice", token.wireValue()));
            first.expect(new LoginResult(true));

            TestClient second = room.connect();
            second.send(new OwnerLoginRequest("alice", token.wireValue()));
            second.expect(LoginResult.refused(LoginResult.ALREADY_ONLINE, 2));
        }
    }

    @Test
    void aWrongTokenIsAWrongLoginAndThreeCloseTheConnection() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("alice"))) {
            OwnerToken token = room.server.issueOwnerToken();
            String wrong = OwnerToken.generate().wireValue();
            TestClient c = room.connect();

            c.send(new OwnerLoginRequest("alice", wrong));
            c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2));
            c.send(new OwnerLoginRequest("alice", token.wireValue().substring(0, 63)));
            c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 1));
            c.send(new OwnerLoginRequest("alice", ""));
            assertThat(c.awaitClosed())
                    .startsWith(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 0))
                    .anySatisfy(m -> assertThat(m)
                            .isInstanceOfSatisfying(
                                    ProtocolError.class,
                                    e -> assertThat(e.is(ErrorCode.TOO_MANY_ATTEMPTS))
                                            .isTrue()));
        }
        assertThat(log.events())
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("owner login as alice refused"));
    }

    @Test
    void theRightTokenUnderAnotherNameIsRefused() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("alice"))) {
            OwnerToken token = room.server.issueOwnerToken();
            room.registered("bob").close();
            TestClient c = room.connect();

            c.send(new OwnerLoginRequest("bob", token.wireValue()));

            c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2));
        }
    }

    @Test
    void theOwnersNameIsCaseBlindAsEveryName() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("Alice"))) {
            OwnerToken token = room.server.issueOwnerToken();
            TestClient c = room.connect();

            c.send(new OwnerLoginRequest("alice", token.wireValue()));

            c.expect(new LoginResult(true));
            c.await(UserNotification.class, n -> n.user().equals("Alice") && n.joined());
        }
    }

    @Test
    void aRoomThatIssuedNoTokenRefusesEveryOwnerLogin() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("alice"))) {
            TestClient c = room.connect();

            c.send(new OwnerLoginRequest("alice", "0".repeat(64)));

            c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2));
        }
    }

    @Test
    void aRoomWithoutOwnerHasNoTokenToGive() throws Exception {
        try (var room = TestRoom.start(dir)) {
            assertThat(room.server.owner()).isEmpty();
            assertThatThrownBy(room.server::issueOwnerToken).isInstanceOf(IllegalStateException.class);
            TestClient c = room.connect();
            c.send(new OwnerLoginRequest("alice", "0".repeat(64)));
            c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2));
        }
    }

    @Test
    void failedOwnerLoginsCountAgainstTheAddress() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.owner("alice").loginFailuresPerAddress(2))) {
            OwnerToken token = room.server.issueOwnerToken();
            TestClient c = room.connect();
            c.send(new OwnerLoginRequest("alice", "x"));
            c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 2));
            c.send(new OwnerLoginRequest("alice", "y"));
            c.expect(LoginResult.refused(LoginResult.WRONG_CREDENTIALS, 1));

            TestClient again = room.connect();
            again.send(new OwnerLoginRequest("alice", token.wireValue()));
            again.expect(LoginResult.refused(LoginResult.TOO_MANY_ATTEMPTS, 2));
        }
    }
}
