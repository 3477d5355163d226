package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.RoomInfo;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.testsupport.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The room's history (beyond the spec; docs/protocol.md, "History"): what a newcomer gets, and what survives. */
class HistoryIT {

    private static final Instant START = Instant.parse("2026-11-27T05:31:02Z");

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at(START);

    @Test
    void aNewcomerGetsTheLastLinesOldestFirstRightAfterTheRoomMessage() throws Exception {
        try (var room = TestRoom.withHistoryFile(dir, c -> c.historySize(3).roomName("Attic"), clock)) {
            TestClient ann = room.registered("ann");
            for (int i = 1; i <= 5; i++) {
                ann.send(new SendMessage("ann", "line " + i));
                ann.await(ChatMessage.class, m -> true);
                clock.advance(Duration.ofSeconds(1));
            }

            TestClient bob = registerWithoutWaiting(room, "bob");

            bob.expect(new LoginResult(true));
            bob.expect(new RoomInfo("Attic", ParleyVersion.current().toString(), 4000, 3, true));
            bob.expect(new History(List.of(
                    new ChatMessage("ann", "line 3", START.plusSeconds(2)),
                    new ChatMessage("ann", "line 4", START.plusSeconds(3)),
                    new ChatMessage("ann", "line 5", START.plusSeconds(4)))));
            bob.expect(new UserNotification("bob", true));
        }
    }

    @Test
    void theBroadcastCarriesTheSameTimeAsTheHistoryEntry() throws Exception {
        clock.set(Instant.parse("2026-11-27T05:31:02.750Z"));
        try (var room = TestRoom.withHistoryFile(dir, c -> c, clock)) {
            TestClient ann = room.registered("ann");
            ann.send(new SendMessage("ann", "when?"));
            ChatMessage heard = ann.await(ChatMessage.class, m -> true);
            assertThat(heard.time()).isEqualTo(START);

            assertThat(welcomeHistoryOf(room, "bob")).containsExactly(heard);
        }
    }

    @Test
    void theHistorySurvivesARestart() throws Exception {
        try (var room = TestRoom.withHistoryFile(dir, c -> c, clock)) {
            TestClient ann = room.registered("ann");
            ann.send(new SendMessage("ann", "remember me"));
            ann.await(ChatMessage.class, m -> true);
        }
        assertThat(dir.resolve(RoomServer.HISTORY_FILE_NAME)).exists();
        try (var room = TestRoom.withHistoryFile(dir, c -> c, clock)) {
            assertThat(welcomeHistoryOf(room, "bob")).containsExactly(new ChatMessage("ann", "remember me", START));
        }
    }

    @Test
    void aRoomWithoutHistorySendsNoneAndWritesNothing() throws Exception {
        try (var room = TestRoom.withHistoryFile(dir, c -> c.historySize(0), clock)) {
            TestClient ann = room.registered("ann");
            ann.send(new SendMessage("ann", "gone with the wind"));
            ann.await(ChatMessage.class, m -> true);

            TestClient bob = registerWithoutWaiting(room, "bob");
            bob.expect(new LoginResult(true));
            assertThat(bob.expect(RoomInfo.class).historySize()).isZero();
            bob.expect(new UserNotification("bob", true));
        }
        assertThat(dir.resolve(RoomServer.HISTORY_FILE_NAME)).doesNotExist();
    }

    @Test
    void anUnreadableHistoryIsSetAsideAndTheRoomStartsWithout() throws Exception {
        Path file = dir.resolve(RoomServer.HISTORY_FILE_NAME);
        Files.writeString(file, "{\"type\":\"history\",\"messages\":[{\"from\":");
        try (var room = TestRoom.withHistoryFile(dir, c -> c, clock)) {
            assertThat(welcomeHistoryOf(room, "ann")).isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith(RoomServer.HISTORY_FILE_NAME + ".corrupt-"));
        }
    }

    /** Registers {@code user} on a fresh connection and returns the history its login was welcomed with. */
    private static List<ChatMessage> welcomeHistoryOf(TestRoom room, String user) throws Exception {
        TestClient c = registerWithoutWaiting(room, user);
        c.expect(new LoginResult(true));
        c.expect(RoomInfo.class);
        return c.expect(History.class).messages();
    }

    /** Registers {@code user} and sends its login, leaving every answer to the login unread. */
    private static TestClient registerWithoutWaiting(TestRoom room, String user) throws Exception {
        TestClient c = room.connect();
        c.send(new RegisterRequest(user));
        c.expect(new UsernameRegisterStatus(false));
        String salt = c.salt(user);
        c.send(new LoginRequest(user, PasswordDigest.clientHash("pw", salt)));
        return c;
    }
}
