package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.UserList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connection that has not logged in within loginTimeoutSeconds is closed, however it spends the time. */
class LoginTimeoutIT {

    private static final Duration LOGIN_TIMEOUT = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    @Test
    void anIdleConnectionIsClosedWithAnError() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.loginTimeout(LOGIN_TIMEOUT))) {
            TestClient idle = room.connect();

            assertClosedWithLoginTimeout(idle.awaitClosed());
        }
    }

    @Test
    void aTrickleOfBytesDoesNotPutTheDeadlineOff() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.loginTimeout(LOGIN_TIMEOUT))) {
            TestClient trickler = room.connect();
            var stop = new AtomicBoolean();
            // An object that never ends, a space every 200 ms: without a deadline from accept it would stay forever.
            Thread sender = Thread.ofVirtual().start(() -> trickle(trickler, stop));
            try {
                assertClosedWithLoginTimeout(trickler.awaitClosed());
            } finally {
                stop.set(true);
                sender.join();
            }
        }
    }

    @Test
    void aLoggedInConnectionOutlivesTheLoginTimeout() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.loginTimeout(LOGIN_TIMEOUT))) {
            TestClient alice = room.registered("alice");
            TestClient late = room.connect();

            // By the time the later, idle connection is cut, alice's deadline has long passed.
            assertClosedWithLoginTimeout(late.awaitClosed());
            alice.send(new UserListRequest("alice", false));
            assertThat(alice.await(UserList.class, l -> true)).isNotNull();
        }
    }

    private static void trickle(TestClient client, AtomicBoolean stop) {
        try {
            client.sendBytes("{\"type\":\"salt\",\"user\":\"".getBytes(StandardCharsets.UTF_8));
            while (!stop.get()) {
                client.sendBytes(new byte[] {'a'});
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException e) {
            // closed by the server: the test looks at what it received
        }
    }

    private static void assertClosedWithLoginTimeout(List<ServerMessage> last) {
        assertThat(last)
                .singleElement()
                .isInstanceOfSatisfying(
                        ProtocolError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOGIN_TIMEOUT.wireName()));
    }
}
