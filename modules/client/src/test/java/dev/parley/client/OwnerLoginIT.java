package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.OwnerToken;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.server.RoomServer;
import dev.parley.testroom.RunningRoom;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's owner login against a real room with an owner, and the owner it reads from the room message. */
class OwnerLoginIT {

    @TempDir
    Path dir;

    private RoomServer server;

    @BeforeEach
    void startRoom() throws Exception {
        server = RunningRoom.in(dir).configured(c -> c.owner("alice")).start().server();
    }

    @AfterEach
    void stopRoom() {
        server.stop();
    }

    @Test
    void theOwnerEntersWithTheTokenAndEveryoneReadsWhoOwnsTheRoom() throws Exception {
        OwnerToken token = server.issueOwnerToken();
        try (var alice = ParleyClient.connect("127.0.0.1", server.port());
                var bob = ParleyClient.connect("127.0.0.1", server.port())) {
            assertThat(alice.ownerLogin("alice", token).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("alice"));
            assertThat(bob.register("bob", "pw-bob".toCharArray()).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("bob"));

            awaitOwner(alice);
            awaitOwner(bob);
            assertThat(bob.room().owner()).isEqualTo("alice");
            assertThat(bob.room().isOwner("Alice")).isTrue();
            assertThat(bob.room().isOwner("bob")).isFalse();
            assertThat(alice.canReconnect()).isFalse();
        }
    }

    @Test
    void aWrongTokenIsAWrongLogin() throws Exception {
        server.issueOwnerToken();
        try (var mallory = ParleyClient.connect("127.0.0.1", server.port())) {
            assertThat(mallory.ownerLogin("alice", OwnerToken.generate()).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoginRefused(LoginResult.WRONG_CREDENTIALS, 2));
        }
    }

    private static void awaitOwner(ParleyClient client) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (client.room().owner() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(client.room().owner()).isEqualTo("alice");
    }
}
