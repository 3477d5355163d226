package dev.parley.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.parley.accounts.DataDirectory;
import dev.parley.accounts.StoreException;
import dev.parley.app.wiring.RoomComposer.ComposedRoom;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.ui.HostSettings;
import dev.parley.ui.HostedRoom;
import dev.parley.ui.ParleyUi;
import dev.parley.ui.RoomHosting;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each kind of run builds its one injector, and composes its rooms the same way. */
class RunInjectorTest {

    private static final PrintStream TERMINAL =
            new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    private static final ServerConfig LOOPBACK =
            ServerConfig.builder().port(0).bindAddress("127.0.0.1").build();

    @TempDir
    Path dataDir;

    @Test
    void aHeadlessRunComposesARoomWithItsAdminConsole() throws Exception {
        Injector run = RunInjector.headless(TERMINAL);
        try (DataDirectory dir = DataDirectory.open(dataDir)) {
            ComposedRoom room = run.getInstance(RoomComposer.class).compose(dir, LOOPBACK, 1);
            RoomServer server = room.server();
            assertThat(room.console()).isNotNull();
            server.start();
            try {
                assertThat(server.port()).isPositive();
                assertThat(dataDir.resolve("server.secret")).isRegularFile();
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aDesktopRunBindsTheWindowsAndHostingWithoutADisplay() {
        // TOOL checks every binding and dependency without making anything, so nothing here needs a display
        Injector run = RunInjector.desktop(Stage.TOOL, new DesktopModule(dataDir));
        assertThat(run.getBinding(ParleyUi.class)).isNotNull();
        assertThat(run.getBinding(RoomHosting.class)).isNotNull();
        assertThat(run.getBinding(RoomComposer.class)).isNotNull();
    }

    @Test
    void theDesktopsHostedRoomIsComposedByTheSameComposer() throws Exception {
        RoomHosting hosting = RunInjector.desktop(Stage.DEVELOPMENT, new DesktopModule(dataDir))
                .getInstance(RoomHosting.class);
        HostedRoom room = hosting.start(
                new HostSettings("Test room", 0, true, ServerConfig.defaults().minClientVersion()));
        try {
            assertThat(room.localAddress().port()).isPositive();
            assertThat(dataDir.resolve("server.secret")).isRegularFile();
        } finally {
            room.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Stage.class,
            names = {"PRODUCTION", "DEVELOPMENT"})
    void anUnreadableStoreIsReportedAsItselfWhicheverWayGuiceWrapsIt(Stage stage) throws Exception {
        // PRODUCTION makes the stores while creating the injector (CreationException), DEVELOPMENT on first use
        // (ProvisionException)
        Files.writeString(dataDir.resolve("bans.json"), "{ not json");
        RoomComposer composer = RunInjector.headless(stage, TERMINAL).getInstance(RoomComposer.class);
        try (DataDirectory dir = DataDirectory.open(dataDir)) {
            assertThatThrownBy(() -> composer.compose(dir, LOOPBACK, 1))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("bans.json");
        }
    }
}
