package dev.parley.server;

import static dev.parley.server.HashingIT.sendLogin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ban that comes while a password is being hashed wins over the login. */
class BanDuringLoginIT {

    @TempDir
    Path dir;

    private final HashGate gate = new HashGate();

    @Test
    void banningANameWhileItsPasswordIsHashedClosesThatLoginAtOnce() throws Exception {
        try (var room = TestRoom.start(dir, c -> c, gate, 1, 4)) {
            TestClient alice = eveRegisteredAndAliceWatching(room);
            TestClient eve = eveLoggingInWhileHeld(room);

            room.server.banUser("eve", "", null);

            assertThat(eve.awaitClosed()).as("told before the hash ends").containsExactly(new Banned());
            gate.open();
            assertEveNeverJoins(room, alice);
        }
    }

    @Test
    void banningTheAddressWhilePasswordIsHashedKeepsThemOut() throws Exception {
        try (var room = TestRoom.start(dir, c -> c, gate, 1, 4)) {
            TestClient alice = eveRegisteredAndAliceWatching(room);
            TestClient eve = eveLoggingInWhileHeld(room);

            room.server.banAddress("127.0.0.2", "", null);

            assertThat(eve.awaitClosed()).containsExactly(new Banned());
            gate.open();
            assertEveNeverJoins(room, alice);
        }
    }

    @Test
    void aBanInForceWhenTheHashEndsIsCheckedAsTheUserIsAdmitted() throws Exception {
        try (var room = TestRoom.start(dir, c -> c, gate, 1, 4)) {
            TestClient alice = eveRegisteredAndAliceWatching(room);
            TestClient eve = eveLoggingInWhileHeld(room);

            // Straight into the ban list, so no sweep of logins under way: only the admission can see it.
            room.bans.add(null, "eve", "", null);
            gate.open();

            assertThat(eve.awaitClosed()).containsExactly(new Banned());
            assertEveNeverJoins(room, alice);
        }
    }

    private TestClient eveRegisteredAndAliceWatching(TestRoom room) throws Exception {
        TestClient alice = room.registered("alice");
        TestClient first = room.connectFrom("127.0.0.2");
        first.register("eve", "pw");
        alice.expect(new UserNotification("eve", true));
        first.close();
        alice.expect(new UserNotification("eve", false));
        return alice;
    }

    private TestClient eveLoggingInWhileHeld(TestRoom room) throws Exception {
        gate.hold();
        int before = gate.entered();
        TestClient eve = room.connectFrom("127.0.0.2");
        sendLogin(eve, "eve", "pw");
        gate.awaitEntered(before + 1);
        return eve;
    }

    /** bob's password is hashed after eve's, on the one hashing thread; alice sees bob come, and never eve. */
    private static void assertEveNeverJoins(TestRoom room, TestClient alice) throws Exception {
        room.connectFrom("127.0.0.3").register("bob", "pw");
        alice.expect(new UserNotification("bob", true));
        assertThat(room.server.onlineUsers()).extracting(OnlineUser::username).containsExactly("alice", "bob");
    }
}
