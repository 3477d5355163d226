package dev.parley.app.desktop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.wiring.RoomComposer;
import dev.parley.app.wiring.RunInjector;
import dev.parley.protocol.ParleyVersion;
import dev.parley.server.ServerConfig;
import dev.parley.ui.HostSettings;
import dev.parley.ui.HostedRoom;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the host chose in the Host dialog reaches the room's configuration. */
class EmbeddedRoomHostingTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true, UTF_8);

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void requireEncryptionReachesTheRoom(boolean required) throws Exception {
        Files.writeString(dataDir.resolve("server.json"), """
                {"bindAddress": "127.0.0.1", "passwordHashIterations": 1}
                """);
        var seen = new AtomicReference<ServerConfig>();
        RoomComposer composer = RunInjector.headless(NOWHERE).getInstance(RoomComposer.class);
        HostedRoom room = new EmbeddedRoomHosting(dataDir, (dir, config, iterations) -> {
                    seen.set(config);
                    return composer.compose(dir, config, iterations).server();
                })
                .start(new HostSettings("Locked room", 0, true, new ParleyVersion(1, 0, 0), required, false));
        room.stop();

        assertThat(seen.get().requireTls()).isEqualTo(required);
        assertThat(seen.get().roomName()).isEqualTo("Locked room");
        assertThat(seen.get().allowGuests()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theHostsNameBecomesTheOwnerAndTheAppsOwnWindowEntersWithItsPass() throws Exception {
        Files.writeString(dataDir.resolve("server.json"), """
                {"bindAddress": "127.0.0.1", "passwordHashIterations": 1, "historySize": 50}
                """);
        RoomComposer composer = RunInjector.headless(NOWHERE).getInstance(RoomComposer.class);
        var hosting = new EmbeddedRoomHosting(
                dataDir,
                (dir, config, iterations) ->
                        composer.compose(dir, config, iterations).server());
        assertThat(hosting.historySize()).hasValue(50);

        HostedRoom room = hosting.start(
                new HostSettings("Owned room", 0, false, new ParleyVersion(0, 0, 0), false, false, "alice"));
        try {
            assertThat(room.ownerPass())
                    .hasValueSatisfying(pass -> assertThat(pass.user()).isEqualTo("alice"));
            assertThat(room.tools().owner()).contains("alice");
            assertThat(room.ownerPass().orElseThrow().toString()).doesNotContainPattern("[0-9a-f]{64}");
            var connected = dev.parley.ui.OwnRoom.lookUp(room).connectAsOwner();
            try (var client = connected.client()) {
                assertThat(connected.loggedIn()).isTrue();
                assertThat(client.username()).isEqualTo("alice");
            }
        } finally {
            room.stop();
        }
    }
}
