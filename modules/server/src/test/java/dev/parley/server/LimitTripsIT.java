package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.server.room.LimitTrips;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each refusal by a limit is reported to the room's {@link LimitTrips}, with the address, name and code. */
class LimitTripsIT {

    private record Trip(InetAddress address, String username, String code) {}

    @TempDir
    Path dir;

    private final List<Trip> trips = new CopyOnWriteArrayList<>();
    private final LimitTrips recorder = (address, username, code) -> trips.add(new Trip(address, username, code));

    @Test
    void aMemberPastItsMessageBudgetIsReportedByName() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.chatMessageBurst(1), recorder)) {
            TestClient amy = room.registered("amy");

            amy.send(new SendMessage("amy", "one"));
            amy.send(new SendMessage("amy", "two"));
            amy.await(ProtocolError.class, e -> e.code().equals(ErrorCode.RATE_LIMITED.wireName()));

            assertThat(trips)
                    .containsExactly(
                            new Trip(InetAddress.ofLiteral("127.0.0.1"), "amy", ErrorCode.RATE_LIMITED.wireName()));
        }
    }

    @Test
    void aConnectionRefusedAtTheDoorIsReportedWithoutAName() throws Exception {
        try (var room = TestRoom.start(
                dir, c -> c.maxConnectionsPerAddress(1).newConnectionRefill(Duration.ofMinutes(1)), recorder)) {
            TestClient first = room.connectFrom("127.0.0.5");
            first.salt("x");

            room.connectFrom("127.0.0.5").awaitClosed();

            assertThat(trips)
                    .containsExactly(new Trip(
                            InetAddress.ofLiteral("127.0.0.5"), null, ErrorCode.TOO_MANY_CONNECTIONS.wireName()));
        }
    }
}
