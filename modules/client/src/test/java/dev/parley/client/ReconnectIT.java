package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.testroom.RunningRoom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session whose room went away logs in again, by itself, once the room is back on the same port. */
class ReconnectIT {

    @TempDir
    Path dir;

    @Test
    void aDroppedSessionLogsInAgainWithTheKeptPasswordWhenTheRoomIsBack() throws Exception {
        RunningRoom first = RunningRoom.in(dir).keepingIdentity().start();
        int port = first.port();
        ParleyClient alice = ParleyClient.connect(RunningRoom.LOOPBACK, port);
        assertThat(alice.register("alice", "pw-alice".toCharArray()).get(10, TimeUnit.SECONDS))
                .isEqualTo(new AuthResult.LoggedIn("alice"));
        var lost = new RecordingListener();
        alice.addListener(lost);

        first.close();
        lost.await(RecordingListener.Disconnected.class);
        assertThat(alice.canReconnect()).isTrue();
        assertThatThrownBy(alice::reconnect)
                .as("nobody there yet: worth another try")
                .isInstanceOf(IOException.class)
                .matches(e -> !ReconnectBackoff.givesUp((IOException) e));

        List<Duration> waited = new ArrayList<>();
        try (RunningRoom again = RunningRoom.in(dir)
                .keepingIdentity()
                .configured(c -> c.port(port))
                .start()) {
            assertThat(again.port()).isEqualTo(port);
            ParleyClient back = new ReconnectBackoff(waited::add).retry(alice::reconnect, n -> {});
            assertThat(back.username()).isEqualTo("alice");
            assertThat(alice.canReconnect())
                    .as("the password moved to the new session")
                    .isFalse();
            var hears = new RecordingListener();
            back.addListener(hears);
            back.sendMessage("I'm back");
            hears.await(ChatMessage.class, m -> m.message().equals("I'm back"));

            back.forgetPassword();
            assertThat(back.canReconnect()).isFalse();
            back.close();
        }
        assertThat(waited).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aRoomThatNoLongerKnowsTheAccountIsARefusalNotSomethingToRetry() throws Exception {
        int port;
        ParleyClient alice;
        try (RunningRoom room =
                RunningRoom.in(dir.resolve("old")).keepingIdentity().start()) {
            port = room.port();
            alice = ParleyClient.connect(RunningRoom.LOOPBACK, port);
            assertThat(alice.register("alice", "pw-alice".toCharArray()).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("alice"));
        }
        // The same identity, so that only the account differs.
        Files.createDirectories(dir.resolve("new"));
        Files.copy(
                dir.resolve("old").resolve("room-identity.p12"),
                dir.resolve("new").resolve("room-identity.p12"));
        try (RunningRoom other = RunningRoom.in(dir.resolve("new"))
                .keepingIdentity()
                .configured(c -> c.port(port))
                .start()) {
            assertThat(other.accounts().isRegistered("alice")).isFalse();
            assertThatThrownBy(alice::reconnect)
                    .isInstanceOf(RejoinRefusedException.class)
                    .matches(e -> ReconnectBackoff.givesUp((IOException) e));
        }
    }

    @Test
    void aRoomShowingAnotherCertificateIsNeverRejoined() throws Exception {
        int port;
        ParleyClient alice;
        try (RunningRoom room = RunningRoom.in(dir.resolve("real")).start()) {
            port = room.port();
            alice = ParleyClient.connect(RunningRoom.LOOPBACK, port);
            assertThat(alice.register("alice", "pw-alice".toCharArray()).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("alice"));
        }
        try (RunningRoom impostor = RunningRoom.in(dir.resolve("impostor"))
                .configured(c -> c.port(port).tls(false))
                .start()) {
            assertThat(impostor.port()).isEqualTo(port);
            assertThatThrownBy(alice::reconnect)
                    .as("plain after encrypted is a downgrade")
                    .matches(e -> ReconnectBackoff.givesUp((IOException) e));
        }
        try (RunningRoom impostor = RunningRoom.in(dir.resolve("impostor2"))
                .configured(c -> c.port(port))
                .start()) {
            assertThat(impostor.port()).isEqualTo(port);
            assertThatThrownBy(alice::reconnect).isInstanceOf(RoomIdentityChangedException.class);
        }
    }
}
