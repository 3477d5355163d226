package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One address may hold only maxConnectionsPerAddress connections at once; other addresses are not affected. */
class ConnectionsPerAddressIT {

    private static final int MAX = 16;

    @TempDir
    Path dir;

    @Test
    void oneConnectionPastTheLimitIsRefusedWhileTheOthersStay() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.maxConnectionsPerAddress(MAX))) {
            List<TestClient> open = new ArrayList<>();
            for (int i = 0; i < MAX; i++) {
                TestClient c = room.connect();
                c.salt("user" + i); // answered, so the server counts it before the next one connects
                open.add(c);
            }

            TestClient extra = room.connect();

            assertThat(extra.awaitClosed())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ProtocolError.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_CONNECTIONS.wireName()));
            for (TestClient c : open) {
                assertThat(c.salt("still")).isNotEmpty();
            }
            TestClient other = room.connectFrom("127.0.0.2");
            assertThat(other.salt("other")).isNotEmpty();
        }
    }

    @Test
    void aClosedConnectionFreesItsPlace() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.maxConnectionsPerAddress(1))) {
            TestClient first = room.connect();
            first.salt("a");
            first.close();

            // The server counts the first one out once it has seen it hang up: retry until it has.
            long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
            while (true) {
                TestClient next = room.connect();
                if (answered(next)) {
                    break;
                }
                assertThat(System.nanoTime()).isLessThan(deadline);
            }
        }
    }

    private static boolean answered(TestClient c) throws Exception {
        c.send(new SaltRequest("b"));
        return !(c.next() instanceof ProtocolError);
    }
}
