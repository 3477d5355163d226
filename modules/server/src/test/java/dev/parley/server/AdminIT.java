package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.accounts.NotSavedException;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserList;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.server.console.AdminConsole;
import dev.parley.testsupport.MutableClock;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminIT {

    @TempDir
    Path dir;

    @Test
    void bannedAddressIsRefusedAtConnect() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.server.banAddress("127.0.0.2", "testing", null);

            TestClient banned = room.connectFrom("127.0.0.2");
            assertThat(banned.awaitClosed()).containsExactly(new Banned("testing", null));

            TestClient fine = room.connectFrom("127.0.0.3");
            fine.send(new SaltRequest("x"));
            fine.expect(Salt.class);
        }
    }

    @Test
    void banningSomeoneOnlineDisconnectsThemAndLastsAcrossRestarts() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient mallory = room.connectFrom("127.0.0.2");
            mallory.register("mallory", "pw");
            TestClient alice = room.connectFrom("127.0.0.2");
            alice.register("alice", "pw");
            mallory.expect(new UserNotification("alice", true));

            room.server.banUser("mallory", "spam", null);

            assertThat(mallory.awaitClosed()).endsWith(new Banned("spam", null));
            alice.expect(new UserNotification("mallory", false, UserNotification.BANNED));
            alice.send(new SendMessage("alice", "peace"));
            alice.expect(new ChatMessage("alice", "peace"));
            // mallory shares a loopback address with alice (and, on a real machine, with the host):
            // the name is banned, the address is not.
            assertThat(room.server.bans()).singleElement().satisfies(b -> {
                assertThat(b.username()).isEqualTo("mallory");
                assertThat(b.address()).isNull();
                assertThat(b.reason()).isEqualTo("spam");
            });
        }
        try (var room = TestRoom.start(dir)) {
            TestClient elsewhere = room.connectFrom("127.0.0.4");
            String salt = elsewhere.salt("mallory");
            elsewhere.send(new dev.parley.protocol.message.ClientRequest.LoginRequest(
                    "mallory", dev.parley.protocol.PasswordDigest.clientHash("pw", salt)));
            assertThat(elsewhere.awaitClosed()).containsExactly(new Banned("spam", null));
        }
    }

    @Test
    void aBanThatCannotBeSavedStillDisconnectsAndIsSavedLater() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient mallory = room.connectFrom("127.0.0.2");
            mallory.register("mallory", "pw");
            // A folder where bans.json should go: every save fails until it is gone.
            Path blocker = dir.resolve("bans.json");
            Files.createDirectories(blocker.resolve("in-the-way"));

            NotSavedException e =
                    catchThrowableOfType(NotSavedException.class, () -> room.server.banUser("mallory", "spam", null));

            assertThat(e.bans())
                    .singleElement()
                    .satisfies(b -> assertThat(b.username()).isEqualTo("mallory"));
            assertThat(mallory.awaitClosed()).endsWith(new Banned("spam", null));
            assertThat(room.server.bans()).hasSize(1);
            assertThat(room.bans.saveProblem()).isPresent();

            Files.delete(blocker.resolve("in-the-way"));
            Files.delete(blocker);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (room.bans.saveProblem().isPresent()) {
                assertThat(System.nanoTime())
                        .as("saved by the retry within 30 s")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(Files.readString(blocker)).contains("mallory");
        }
    }

    @Test
    void banExpires() throws Exception {
        var clock = MutableClock.startingNow();
        try (var room = TestRoom.start(dir, clock)) {
            room.server.banAddress("127.0.0.7", "", Duration.ofHours(2));
            var told = new Banned(null, clock.instant().plus(Duration.ofHours(2)));
            assertThat(room.connectFrom("127.0.0.7").awaitClosed())
                    .as("with the ban's end")
                    .containsExactly(told);

            clock.advance(Duration.ofHours(2).minusSeconds(1));
            assertThat(room.connectFrom("127.0.0.7").awaitClosed())
                    .as("a second before the end")
                    .containsExactly(told);
            assertThat(room.server.bans()).hasSize(1);

            clock.advance(Duration.ofSeconds(2));
            TestClient back = room.connectFrom("127.0.0.7");
            back.send(new SaltRequest("x"));
            back.expect(Salt.class);
            assertThat(room.server.bans()).as("an ended ban is not in force").isEmpty();
        }
    }

    @Test
    void unbanLetsThemBackIn() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.server.banAddress("127.0.0.8", "", null);
            assertThat(room.server.unban("127.0.0.8")).hasSize(1);
            TestClient c = room.connectFrom("127.0.0.8");
            c.send(new SaltRequest("x"));
            c.expect(Salt.class);
        }
    }

    @Test
    void kickDisconnectsWithAReason() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");
            alice.expect(new UserNotification("bob", true));

            assertThat(room.server.kick("BOB")).isTrue();

            List<ServerMessage> last = bob.awaitClosed();
            assertThat(last)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class,
                            e -> assertThat(e.is(ErrorCode.KICKED)).isTrue());
            alice.expect(new UserNotification("bob", false, UserNotification.KICKED));
            assertThat(room.server.kick("bob")).isFalse();
        }
    }

    @Test
    void aKickedMemberIsGoneFromTheRoomAsSoonAsTheKickIsAnswered() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");
            alice.expect(new UserNotification("bob", true));
            var console = new ConsoleOutput(room.server);

            console.run("/kick bob");
            console.run("/users");

            // bob's client has not hung up yet: his socket is still closing, but he is out of the room.
            assertThat(console.text())
                    .contains("Kicked bob.")
                    .contains("1 online:")
                    .doesNotContain("bob  from");
            alice.send(new UserListRequest("alice", true));
            alice.expect(new UserNotification("bob", false, UserNotification.KICKED));
            assertThat(alice.expect(UserList.class).users()).containsExactly("alice");
            assertThat(bob.awaitClosed())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class,
                            e -> assertThat(e.is(ErrorCode.KICKED)).isTrue());
        }
    }

    @Test
    void aBannedMemberIsGoneFromTheRoomAtOnce() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient mallory = room.connectFrom("127.0.0.9");
            mallory.register("mallory", "pw");
            alice.expect(new UserNotification("mallory", true));

            room.server.banAddress("127.0.0.9", "", null);

            assertThat(room.server.onlineUsers())
                    .extracting(OnlineUser::username)
                    .containsExactly("alice");
            alice.expect(new UserNotification("mallory", false, UserNotification.BANNED));
            assertThat(mallory.awaitClosed()).endsWith(new Banned());
        }
    }

    @Test
    void aUserNamedLikeAnAddressIsBannedAsTheUser() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient short_ = room.connectFrom("127.0.0.2");
            short_.register("10.7", "pw");
            TestClient quad = room.connectFrom("127.0.0.3");
            quad.register("10.0.0.7", "pw");
            var console = new ConsoleOutput(room.server);

            console.run("/ban 10.7");
            console.run("/ban 10.0.0.7 1d spam");
            console.run("/ban [10.0.0.7]");

            assertThat(short_.awaitClosed()).endsWith(new Banned());
            assertThat(quad.awaitClosed())
                    .last()
                    .isInstanceOfSatisfying(
                            Banned.class, b -> assertThat(b.reason()).isEqualTo("spam"));
            assertThat(console.text())
                    .contains("Banned 10.7")
                    .contains("Banned 10.0.0.7")
                    .contains("the user was banned, not the address");
            assertThat(room.server.bans())
                    .extracting(b -> b.username() + "@" + b.address())
                    .containsExactlyInAnyOrder("10.7@null", "10.0.0.7@null", "null@10.0.0.7");
            assertThat(room.server.onlineUsers()).isEmpty();
        }
    }

    /** Runs host commands on a real room and keeps what they print. */
    private static final class ConsoleOutput {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private final AdminConsole console;

        ConsoleOutput(RoomAdmin admin) {
            console = new AdminConsole(admin, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        }

        void run(String command) {
            console.execute(command);
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void banningAnUnknownUserSaysSo() throws Exception {
        try (var room = TestRoom.start(dir)) {
            assertThatThrownBy(() -> room.server.banUser("ghost", "", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ghost");
        }
    }

    @Test
    void ipv6AddressBan() throws Exception {
        assumeTrue(ipv6LoopbackWorks(), "no IPv6 loopback on this machine");
        try (var room = TestRoom.start(dir, c -> c.bindAddress("::1"))) {
            room.server.banAddress("0:0:0:0:0:0:0:1", "", null);
            assertThat(room.connect().awaitClosed()).containsExactly(new Banned());
        }
    }

    @Test
    void portInUseIsReportedClearly() throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThatThrownBy(() -> TestRoom.start(dir, c -> c.port(taken.getLocalPort())))
                    .isInstanceOf(ServerStartException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("--port");
        }
    }

    private static boolean ipv6LoopbackWorks() {
        try (var s = new ServerSocket()) {
            s.bind(new InetSocketAddress("::1", 0));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
