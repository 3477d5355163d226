package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.server.console.AdminConsole;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bans of address ranges, over real sockets. On Linux all of 127.0.0.0/8 is loopback, so clients bound to
 * 127.0.2.x are inside the banned 127.0.2.0/24 and those on 127.0.3.x are not.
 */
class RangeBanIT {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void aRangeBanDisconnectsThoseInsideRefusesNewOnesAndLetsOthersIn() throws Exception {
        try (var room = TestRoom.start(dir)) {
            var console = new AdminConsole(room.server, new PrintStream(printed, true, StandardCharsets.UTF_8));
            TestClient mallory = room.connectFrom("127.0.2.9");
            mallory.register("mallory", "pw");
            TestClient alice = room.connectFrom("127.0.3.1");
            alice.register("alice", "pw");
            mallory.expect(new UserNotification("alice", true));

            console.execute("/ban 127.0.2.0/24 1d a whole floor");

            assertThat(text()).contains("Banned 127.0.2.0/24, until ").contains("reason: a whole floor");
            var floorBan =
                    new Banned("a whole floor", room.server.bans().getFirst().expires());
            assertThat(mallory.awaitClosed()).endsWith(floorBan);
            alice.expect(new UserNotification("mallory", false, UserNotification.BANNED));
            assertThat(room.connectFrom("127.0.2.200").awaitClosed()).containsExactly(floorBan);
            assertThat(room.connectFrom("127.0.2.0").awaitClosed()).containsExactly(floorBan);
            TestClient neighbour = room.connectFrom("127.0.3.0");
            neighbour.send(new SaltRequest("x"));
            neighbour.expect(Salt.class);

            console.execute("/bans");
            console.execute("/unban 127.0.2.9");
            assertThat(text()).contains("127.0.2.0/24, until").contains("It is inside the ban of 127.0.2.0/24");
            console.execute("/unban 127.0.2.0/24");
            assertThat(text()).contains("Lifted 1 ban(s).");
            TestClient back = room.connectFrom("127.0.2.9");
            back.login("mallory", "pw");
        }
    }

    @Test
    void aRangeBanLastsAcrossRestarts() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.server.banAddress("127.0.4.0/23", "", null);
        }
        try (var room = TestRoom.start(dir)) {
            assertThat(room.connectFrom("127.0.5.255").awaitClosed()).containsExactly(new Banned());
            TestClient outside = room.connectFrom("127.0.6.0");
            outside.send(new SaltRequest("x"));
            outside.expect(Salt.class);
        }
    }

    @Test
    void nonsenseIsRefusedWithAReasonAndNothingIsBanned() throws Exception {
        try (var room = TestRoom.start(dir)) {
            var console = new AdminConsole(room.server, new PrintStream(printed, true, StandardCharsets.UTF_8));
            console.execute("/ban 127.0.2.9/24");
            console.execute("/ban 0.0.0.0/0");
            console.execute("/ban 127.0.0.0/33");
            console.execute("/ban 127.0.0.0/8");
            console.execute("/ban ::/127");

            assertThat(text())
                    .contains("did you mean 127.0.2.0/24")
                    .contains("would ban every IPv4 address")
                    .contains("at most /32")
                    .contains("127.0.0.0/8 holds this machine's own address")
                    .contains("::/127 holds this machine's own address")
                    .doesNotContain("Banned");
            assertThat(room.server.bans()).isEmpty();
        }
    }

    @Test
    void someoneWhoTrippedALimitAndLeftIsListedAndCanBeBannedByTheirAddress() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.maxConnectionsPerAddress(1).maxLoginAttempts(1))) {
            var console = new AdminConsole(room.server, new PrintStream(printed, true, StandardCharsets.UTF_8));
            TestClient first = room.connectFrom("127.0.7.7");
            first.salt("eve"); // answered: the room counts this connection before the next one comes
            TestClient second = room.connectFrom("127.0.7.7");
            assertThat(second.awaitClosed())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class,
                            e -> assertThat(e.is(ErrorCode.TOO_MANY_CONNECTIONS))
                                    .isTrue());
            first.send(new LoginRequest("eve", PasswordDigest.clientHash("guess", first.salt("eve"))));
            first.awaitClosed();
            TestClient alice = room.registered("alice");

            assertThat(room.server.recentlySeen())
                    .anySatisfy(u -> {
                        assertThat(u.username()).isEqualTo("eve");
                        assertThat(u.address()).isEqualTo("127.0.7.7");
                        assertThat(u.online()).isFalse();
                        assertThat(u.trips()).containsEntry("too_many_attempts", 1);
                    })
                    .anySatisfy(u -> {
                        assertThat(u.username()).isNull();
                        assertThat(u.address()).isEqualTo("127.0.7.7");
                        assertThat(u.trips()).containsEntry("too_many_connections", 1);
                    })
                    .anySatisfy(u -> {
                        assertThat(u.username()).isEqualTo("alice");
                        assertThat(u.online()).isTrue();
                        assertThat(u.trips()).isEmpty();
                    });
            console.execute("/seen");
            assertThat(text())
                    .contains("eve  from 127.0.7.7  last seen ")
                    .contains("tripped too_many_attempts (1)")
                    .contains("(no name)  from 127.0.7.7")
                    .contains("tripped too_many_connections (1)")
                    .contains("alice  from 127.0.0.1  online");

            console.execute("/ban 127.0.7.0/24");
            assertThat(room.connectFrom("127.0.7.8").awaitClosed()).containsExactly(new Banned());
            assertThat(alice.salt("alice")).as("alice, outside it, stays").isNotEmpty();
        }
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
