package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.testsupport.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host removes someone (beyond the spec; docs/protocol.md): the one removed is told why and, for a ban, until
 * when; the others are told the host removed them, not that they left.
 */
class RemovalIT {

    private static final Instant NOW = Instant.parse("2026-11-27T05:31:02Z");

    @TempDir
    Path dir;

    @Test
    void aKickCarriesTheHostsReasonAndTheOthersSeeItAsARemoval() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");
            alice.expect(new UserNotification("bob", true));

            assertThat(room.server.kick("bob", "spamming")).isTrue();

            assertThat(bob.awaitClosed()).singleElement().isInstanceOfSatisfying(ProtocolError.class, e -> {
                assertThat(e.is(ErrorCode.KICKED)).isTrue();
                assertThat(e.reason()).isEqualTo("spamming");
            });
            alice.expect(new UserNotification("bob", false, UserNotification.KICKED));
        }
    }

    @Test
    void aKickWithoutReasonSaysNone() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient bob = room.registered("bob");
            room.server.kick("bob");
            assertThat(bob.awaitClosed())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class, e -> assertThat(e.reason()).isNull());
        }
    }

    @Test
    void aBanCarriesItsReasonAndEndAndTheOthersSeeItAsARemoval() throws Exception {
        var clock = MutableClock.at(NOW);
        try (var room = TestRoom.start(dir, c -> c, clock)) {
            TestClient alice = room.connectFrom("127.0.0.2");
            alice.register("alice", "pw");
            TestClient mallory = room.connectFrom("127.0.0.3");
            mallory.register("mallory", "pw");
            alice.expect(new UserNotification("mallory", true));

            room.server.banUser("mallory", "flooding", Duration.ofDays(1));

            assertThat(mallory.awaitClosed()).endsWith(new Banned("flooding", NOW.plus(Duration.ofDays(1))));
            alice.expect(new UserNotification("mallory", false, UserNotification.BANNED));

            // and when they try again (from elsewhere: a loopback address is never banned with the name)
            TestClient back = room.connectFrom("127.0.0.4");
            String salt = back.salt("mallory");
            back.send(new LoginRequest("mallory", PasswordDigest.clientHash("pw", salt)));
            assertThat(back.awaitClosed()).containsExactly(new Banned("flooding", NOW.plus(Duration.ofDays(1))));
        }
    }

    @Test
    void aBanWithoutEndOrReasonSaysNeither() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient mallory = room.connectFrom("127.0.0.3");
            mallory.register("mallory", "pw");
            room.server.banUser("mallory", "", null);
            assertThat(mallory.awaitClosed()).endsWith(new Banned());
        }
    }

    @Test
    void leavingOfOnesOwnAccordIsNoRemoval() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");
            alice.expect(new UserNotification("bob", true));
            bob.close();
            alice.expect(new UserNotification("bob", false));
        }
    }
}
