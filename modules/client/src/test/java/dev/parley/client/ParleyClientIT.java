package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.RecordingListener.Disconnected;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.TypingNotice;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.testroom.RunningRoom;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client library against a real room on loopback. */
class ParleyClientIT {

    @TempDir
    Path dir;

    private RoomServer server;
    private final List<ParleyClient> clients = new ArrayList<>();

    @AfterEach
    void tearDown() {
        clients.forEach(ParleyClient::close);
        if (server != null) {
            server.stop();
        }
    }

    private void startRoom(UnaryOperator<ServerConfig.Builder> tweak) throws Exception {
        server = RunningRoom.in(dir).configured(tweak).start().server();
    }

    private ParleyClient client(RecordingListener listener) throws IOException {
        ParleyClient c = ParleyClient.connect("127.0.0.1", server.port());
        c.addListener(listener);
        clients.add(c);
        return c;
    }

    private static AuthResult await(java.util.concurrent.CompletableFuture<AuthResult> f) throws Exception {
        return f.get(RecordingListener.TIMEOUT_S, TimeUnit.SECONDS);
    }

    @Test
    void registerLogInChatAndHearTheRoom() throws Exception {
        startRoom(c -> c);
        var aliceHears = new RecordingListener();
        var bobHears = new RecordingListener();
        ParleyClient alice = client(aliceHears);
        ParleyClient bob = client(bobHears);

        assertThat(await(alice.register("alice", "pw-a".toCharArray()))).isEqualTo(new AuthResult.LoggedIn("alice"));
        assertThat(alice.username()).isEqualTo("alice");
        assertThat(await(bob.register("bob", "pw-b".toCharArray()))).isEqualTo(new AuthResult.LoggedIn("bob"));
        aliceHears.await(UserNotification.class, n -> n.equals(new UserNotification("bob", true)));

        bob.typing(true);
        assertThat(aliceHears.await(TypingNotice.class)).isEqualTo(new TypingNotice("bob", true));
        bob.sendMessage("hi alice");
        // The room stamps each line with its time (docs/protocol.md); who and what are the subject here.
        assertThat(aliceHears.await(ChatMessage.class))
                .extracting(ChatMessage::from, ChatMessage::message)
                .containsExactly("bob", "hi alice");
        assertThat(bobHears.await(ChatMessage.class))
                .extracting(ChatMessage::from, ChatMessage::message)
                .containsExactly("bob", "hi alice");

        assertThat(alice.users(true).get(10, TimeUnit.SECONDS)).containsExactly("alice", "bob");
        bob.disconnect();
        aliceHears.await(UserNotification.class, n -> n.equals(new UserNotification("bob", false)));
        assertThat(alice.users(false).get(10, TimeUnit.SECONDS)).containsExactly("bob");
        bobHears.await(Disconnected.class);
        assertThat(bob.isConnected()).isFalse();
    }

    @Test
    void theRoomsLimitsAreKnownOnceConnectedAndAreNoEvent() throws Exception {
        startRoom(c -> c.maxMessageChars(321));
        var hears = new RecordingListener();
        ParleyClient alice = client(hears);
        assertThat(alice.limits()).as("asked with room_info before login").isEqualTo(new RoomLimits(321));
        try (var quiet = ParleyClient.connectPlain("127.0.0.1", server.port())) {
            assertThat(quiet.limits())
                    .as("before the room said, to a client that does not ask")
                    .isEqualTo(RoomLimits.DEFAULT);
        }

        await(alice.register("alice", "pw-a".toCharArray()));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RecordingListener.TIMEOUT_S);
        while (alice.limits().maxMessageChars() != 321 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(alice.limits()).isEqualTo(new RoomLimits(321));
        assertThat(alice.limits().fits("😀".repeat(321)))
                .as("counted in code points")
                .isTrue();
        assertThat(alice.limits().fits("x".repeat(322))).isFalse();
        assertThat(hears.next())
                .as("the room message, before this, is not handed to listeners")
                .isEqualTo(new UserNotification("alice", true));
    }

    @Test
    void logInAgainAndTheRefusals() throws Exception {
        startRoom(c -> c);
        ParleyClient first = client(new RecordingListener());
        await(first.register("alice", "right".toCharArray()));

        ParleyClient taken = client(new RecordingListener());
        assertThat(await(taken.register("Alice", "x".toCharArray()))).isEqualTo(new AuthResult.NameTaken());
        assertThat(await(taken.register("bad name", "x".toCharArray())))
                .isInstanceOf(AuthResult.RegistrationRefused.class);
        assertThat(await(taken.login("alice", "right".toCharArray())))
                .isEqualTo(new AuthResult.LoginRefused(LoginResult.ALREADY_ONLINE, 2));

        first.disconnect();
        awaitOffline("alice");
        var hears = new RecordingListener();
        ParleyClient again = client(hears);
        assertThat(await(again.login("alice", "wrong".toCharArray())))
                .isEqualTo(new AuthResult.LoginRefused(LoginResult.WRONG_CREDENTIALS, 2));
        awaitLoggedIn(again, "alice", "right");
    }

    @Test
    @SuppressWarnings("deprecation") // the String forms stay, delegating, until their callers move to char[]
    void theDeprecatedStringPasswordsStillWork() throws Exception {
        startRoom(c -> c);
        ParleyClient first = client(new RecordingListener());
        assertThat(await(first.register("alice", "right"))).isEqualTo(new AuthResult.LoggedIn("alice"));
        first.disconnect();
        awaitOffline("alice");
        ParleyClient again = client(new RecordingListener());
        assertThat(await(again.login("alice", "wrong")))
                .isEqualTo(new AuthResult.LoginRefused(LoginResult.WRONG_CREDENTIALS, 2));
        awaitLoggedIn(again, "alice", "right");
    }

    @Test
    void threeWrongPasswordsEndTheConnection() throws Exception {
        startRoom(c -> c);
        ParleyClient first = client(new RecordingListener());
        await(first.register("alice", "right".toCharArray()));
        // Offline: a login for an account online elsewhere is answered already_online before any password check.
        first.disconnect();
        awaitOffline("alice");
        var hears = new RecordingListener();
        ParleyClient c = client(hears);

        AuthResult r = null;
        for (int left = 2; left >= 0; left--) {
            r = await(c.login("alice", "wrong".toCharArray()));
            assertThat(r).isEqualTo(new AuthResult.LoginRefused(LoginResult.WRONG_CREDENTIALS, left));
        }
        assertThat(((AuthResult.LoginRefused) r).connectionClosing()).isTrue();
        hears.await(Disconnected.class);
        assertThat(c.isConnected()).isFalse();
    }

    @Test
    void guestsAndTheirRefusals() throws Exception {
        startRoom(c -> c.allowGuests(true));
        await(client(new RecordingListener()).register("alice", "pw".toCharArray()));
        ParleyClient guest = client(new RecordingListener());
        assertThat(await(guest.guest("alice"))).isEqualTo(new AuthResult.NameTaken());
        assertThat(await(guest.guest("gus"))).isEqualTo(new AuthResult.LoggedIn("gus"));
    }

    @Test
    void guestsRefusedWhenTheRoomSaysNo() throws Exception {
        startRoom(c -> c);
        ParleyClient guest = client(new RecordingListener());
        assertThat(await(guest.guest("gus")))
                .isInstanceOfSatisfying(
                        AuthResult.Failed.class, f -> assertThat(f.code()).isEqualTo("guests_disabled"));
    }

    @Test
    void outdatedClientIsTold() throws Exception {
        startRoom(c -> c.minClientVersion(new ParleyVersion(99, 0, 0)));
        ParleyClient c = ParleyClient.connect("127.0.0.1", server.port());
        clients.add(c);
        assertThat(await(c.login("alice", "x".toCharArray())))
                .isEqualTo(new AuthResult.Outdated(ParleyVersion.current().toString()));
    }

    @Test
    void banWhileInTheRoomIsHeardThenTheConnectionEnds() throws Exception {
        startRoom(c -> c);
        var hears = new RecordingListener();
        ParleyClient mallory = client(hears);
        await(mallory.register("mallory", "pw".toCharArray()));

        server.banUser("mallory", "", null);

        hears.await(Banned.class);
        hears.await(Disconnected.class);
        // Back from the banned address: refused before anything is asked. Whether "banned" answers the first
        // request or arrives before it is sent, the client ends up told and disconnected, never logged in.
        var backHears = new RecordingListener();
        ParleyClient back = client(backHears);
        try {
            assertThat(await(back.login("mallory", "pw".toCharArray()))).isEqualTo(new AuthResult.Banned());
        } catch (ExecutionException e) {
            assertThat(e).hasCauseInstanceOf(ConnectionLostException.class);
            backHears.await(Banned.class);
        }
        backHears.await(Disconnected.class);
    }

    @Test
    void shutdownIsHeardThenTheConnectionEnds() throws Exception {
        startRoom(c -> c);
        var hears = new RecordingListener();
        await(client(hears).register("alice", "pw".toCharArray()));

        server.stop();

        hears.await(Shutdown.class);
        assertThat(hears.await(Disconnected.class).reason()).contains("closed the connection");
    }

    @Test
    void nobodyThereIsSaidPlainly() throws Exception {
        int freePort;
        try (var s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        assertThatThrownBy(() -> ParleyClient.connect("127.0.0.1", freePort))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Nobody is hosting a room at 127.0.0.1:" + freePort);
    }

    private void awaitOffline(String user) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.onlineUsers().stream().anyMatch(u -> u.username().equals(user))) {
            assertThat(System.nanoTime()).as(user + " offline in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void awaitLoggedIn(ParleyClient c, String user, String pw) throws Exception {
        // The server may still be taking the first session down.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        AuthResult r;
        do {
            r = await(c.login(user, pw.toCharArray()));
        } while (!(r instanceof AuthResult.LoggedIn) && System.nanoTime() < deadline && c.isConnected());
        assertThat(r).isEqualTo(new AuthResult.LoggedIn(user));
    }
}
