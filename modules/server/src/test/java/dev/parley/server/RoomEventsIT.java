package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.TypingRequest;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.TypingNotice;
import dev.parley.protocol.message.ServerMessage.UserList;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomEventsIT {

    @TempDir
    Path dir;

    @Test
    void userListOnlineAndOfflineSorted() throws Exception {
        try (var room = TestRoom.start(dir)) {
            room.registered("carol").send(new DisconnectRequest("carol"));
            room.registered("Zed").close();
            TestClient bob = room.registered("bob");
            TestClient alice = room.registered("alice");
            awaitOnline(room, 2);

            alice.send(new UserListRequest("alice", true));
            assertThat(alice.expect(UserList.class)).isEqualTo(new UserList(List.of("alice", "bob"), true));
            alice.send(new UserListRequest("alice", false));
            assertThat(alice.expect(UserList.class)).isEqualTo(new UserList(List.of("carol", "Zed"), false));
            bob.expect(new UserNotification("alice", true));
            // The room keeps one order, so anything of alice's lists that reached bob would come before this.
            alice.send(new SendMessage("alice", "marker"));
            bob.expect(new ChatMessage("alice", "marker"));
        }
    }

    @Test
    void typingGoesToEveryoneButTheTyperAndIsClearedOnLeave() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");
            alice.expect(new UserNotification("bob", true));

            alice.send(new TypingRequest("alice", true));
            bob.expect(new TypingNotice("alice", true));
            alice.send(new SendMessage("alice", "typed"));
            alice.expect(new ChatMessage("alice", "typed"));

            alice.close();
            bob.expect(new ChatMessage("alice", "typed"));
            bob.expect(new TypingNotice("alice", false));
            bob.expect(new UserNotification("alice", false));
        }
    }

    @Test
    void explicitDisconnectTellsTheRestAndClosesTheConnection() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");

            alice.send(new DisconnectRequest("alice"));

            bob.expect(new UserNotification("alice", false));
            assertThat(alice.awaitClosed()).containsExactly(new UserNotification("bob", true));
        }
    }

    @Test
    void readTimeoutCountsAsLeaving() throws Exception {
        // bob asks for the user list five times a second to stay awake: past the room's default budget of one.
        try (var room =
                TestRoom.start(dir, c -> c.readTimeout(Duration.ofMillis(1500)).userListsPerSecond(100))) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");
            // bob keeps talking, so only the silent alice times out
            long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
            boolean aliceLeft = false;
            while (!aliceLeft && System.nanoTime() < deadline) {
                bob.send(new UserListRequest("bob", true));
                ServerMessage m;
                do {
                    m = bob.next();
                    aliceLeft |= m.equals(new UserNotification("alice", false));
                } while (!(m instanceof UserList));
                Thread.sleep(200);
            }
            assertThat(aliceLeft).isTrue();
            alice.awaitClosed();
        }
    }

    @Test
    void everyoneSeesTheSameOrder() throws Exception {
        // Two senders as fast as they can: the flood control is not what this test is about.
        try (var room = TestRoom.start(dir, c -> c.chatMessageBurst(10_000).chatMessagesPerSecond(10_000))) {
            TestClient a = room.registered("a");
            TestClient b = room.registered("b");
            TestClient watcher = room.registered("watcher");
            int perSender = 150;
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> sends = new ArrayList<>();
                for (TestClient sender : List.of(a, b)) {
                    String name = sender == a ? "a" : "b";
                    sends.add(pool.submit(() -> {
                        for (int i = 0; i < perSender; i++) {
                            sender.send(new SendMessage(name, name + i));
                        }
                        return null;
                    }));
                }
                List<Future<List<String>>> seen = new ArrayList<>();
                for (TestClient c : List.of(a, b, watcher)) {
                    seen.add(pool.submit(() -> chatLines(c, 2 * perSender)));
                }
                for (Future<?> send : sends) {
                    send.get(60, TimeUnit.SECONDS); // a sender's failure shows as itself, not as lines missing
                }
                List<String> first = seen.get(0).get();
                assertThat(first).hasSize(2 * perSender);
                assertThat(seen.get(1).get()).isEqualTo(first);
                assertThat(seen.get(2).get()).isEqualTo(first);
            }
        }
    }

    @Test
    void spoofedUserIsAnsweredWrongIpAndClosed() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");

            alice.send(new SendMessage("bob", "I am bob"));

            assertThat(alice.awaitClosed()).contains(new WrongIp());
            bob.await(UserNotification.class, n -> n.equals(new UserNotification("alice", false)));
            bob.send(new SendMessage("bob", "nobody spoke for me"));
            bob.expect(new ChatMessage("bob", "nobody spoke for me"));
        }
    }

    @Test
    void requestsBeforeLoginAreRefused() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient c = room.connect();
            c.send(new SendMessage("x", "hi"));
            assertThat(c.expect(ProtocolError.class).is(ErrorCode.NOT_LOGGED_IN))
                    .isTrue();
            c.send(new UserListRequest("x", true));
            assertThat(c.expect(ProtocolError.class).is(ErrorCode.NOT_LOGGED_IN))
                    .isTrue();
            c.send(new TypingRequest("x", true));
            assertThat(c.expect(ProtocolError.class).is(ErrorCode.NOT_LOGGED_IN))
                    .isTrue();
        }
    }

    @Test
    void emptyMessageIsRefused() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");
            alice.send(new SendMessage("alice", "   "));
            assertThat(alice.expect(ProtocolError.class).is(ErrorCode.EMPTY_MESSAGE))
                    .isTrue();
        }
    }

    @Test
    void shutdownReachesEveryConnection() throws Exception {
        var room = TestRoom.start(dir);
        try {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");
            TestClient lurker = room.connect();
            lurker.salt("someone");

            room.server.stop();

            assertThat(alice.awaitClosed()).endsWith(new Shutdown());
            assertThat(bob.awaitClosed()).endsWith(new Shutdown());
            assertThat(lurker.awaitClosed()).containsExactly(new Shutdown());
        } finally {
            room.close();
        }
    }

    private static List<String> chatLines(TestClient c, int count) throws InterruptedException {
        var lines = new ArrayList<String>();
        while (lines.size() < count) {
            if (c.next() instanceof ChatMessage m) {
                lines.add(m.from() + ":" + m.message());
            }
        }
        return lines;
    }

    private static void awaitOnline(TestRoom room, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (room.server.onlineUsers().size() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(room.server.onlineUsers()).hasSize(count);
    }
}
