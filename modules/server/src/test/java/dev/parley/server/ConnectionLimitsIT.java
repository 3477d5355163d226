package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the room's door: connecting in a loop, from a banned address, past the room's cap. Each is refused with
 * one {@code error} line and closed, logged at most once a minute per address; everyone else still gets in.
 */
class ConnectionLimitsIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final ServerLog log = new ServerLog();

    @Test
    void anAddressReconnectingInALoopIsRefusedPastItsBurstAndOthersAreNot() throws Exception {
        try (var room = TestRoom.start(
                dir, c -> c.newConnectionBurstPerAddress(5).newConnectionRefill(Duration.ofMinutes(1)))) {
            for (int i = 0; i < 5; i++) {
                TestClient c = room.connect();
                assertThat(c.salt("user" + i)).isNotEmpty();
                c.close();
            }

            List<ServerMessage> refused = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                refused.addAll(room.connect().awaitClosed());
            }

            assertThat(refused)
                    .hasSize(30)
                    .allSatisfy(m -> assertThat(m)
                            .isInstanceOfSatisfying(
                                    ProtocolError.class,
                                    e -> assertThat(e.code())
                                            .isEqualTo(ErrorCode.TOO_MANY_NEW_CONNECTIONS.wireName())));
            assertThat(room.connectFrom("127.0.0.2").salt("other"))
                    .as("another address keeps its own burst")
                    .isNotEmpty();
            assertThat(refusalLines("past 5")).as("logged once, not 30 times").hasSize(1);
        }
    }

    @Test
    void aBannedAddressReconnectingInALoopIsLoggedOnceAMinute() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.server.banAddress("127.0.0.2", "testing", null);

            for (int i = 0; i < 50; i++) {
                assertThat(room.connectFrom("127.0.0.2").awaitClosed()).containsExactly(new Banned("testing", null));
            }

            assertThat(refusalLines("banned")).hasSize(1);
        }
    }

    @Test
    void pastTheRoomsCapANewcomerIsRefusedUntilSomeoneLeaves() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.maxConnections(3))) {
            List<TestClient> open = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                TestClient c = room.connectFrom("127.0.0." + (i + 1));
                c.salt("user" + i); // answered, so counted before the next one connects
                open.add(c);
            }

            assertThat(room.connectFrom("127.0.0.9").awaitClosed())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVER_FULL.wireName()));
            for (TestClient c : open) {
                assertThat(c.salt("still")).isNotEmpty();
            }

            open.getFirst().close();
            long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
            while (true) {
                TestClient next = room.connectFrom("127.0.0.9");
                next.send(new dev.parley.protocol.message.ClientRequest.SaltRequest("late"));
                if (!(next.next() instanceof ProtocolError)) {
                    break;
                }
                assertThat(System.nanoTime()).as("a place freed in time").isLessThan(deadline);
            }
        }
    }

    private List<String> refusalLines(String reason) {
        return log.events().stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith("Refused") && m.contains(reason))
                .toList();
    }
}
