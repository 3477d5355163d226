package dev.parley.app.wiring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.parley.accounts.DataDirectory;
import dev.parley.accounts.StoreException;
import dev.parley.app.admin.AdminSocket;
import dev.parley.app.wiring.RoomComposer.ComposedRoom;
import dev.parley.client.KnownRooms;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.ui.HostSettings;
import dev.parley.ui.HostedRoom;
import dev.parley.ui.ParleyUi;
import dev.parley.ui.RoomHosting;
import dev.parley.ui.SwingWindows;
import dev.parley.ui.Windows;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each kind of run builds its one injector, and composes its rooms the same way. */
class RunInjectorTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true, UTF_8);

    private static final ServerConfig LOOPBACK =
            ServerConfig.builder().port(0).bindAddress("127.0.0.1").build();

    @TempDir
    Path dataDir;

    @Test
    void aHeadlessRunComposesARoomWithItsAdminConsole() throws Exception {
        Injector run = RunInjector.headless(NOWHERE);
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
        assertThat(run.getBinding(Windows.class)).isNotNull();
        assertThat(run.getBinding(RoomHosting.class)).isNotNull();
        assertThat(run.getBinding(RoomComposer.class)).isNotNull();
    }

    @Test
    void theDesktopRemembersTrustedRoomsInItsDataDirectory() throws Exception {
        Injector run = RunInjector.desktop(Stage.DEVELOPMENT, new DesktopModule(dataDir));
        KnownRooms known = run.getInstance(KnownRooms.class);
        assertThat(run.getInstance(KnownRooms.class)).isSameAs(known);

        known.remember("192.168.1.5:5050", Fingerprint.parse("ab".repeat(32)));

        assertThat(dataDir.resolve(KnownRooms.FILE_NAME)).content().contains("ab".repeat(32));
        assertThat(KnownRooms.in(dataDir).all()).containsOnlyKeys("192.168.1.5:5050");
    }

    @Test
    void theDesktopsWindowFactoryIsTheAppsSwingWindowsMadeOnce() {
        // DEVELOPMENT makes singletons on first use; a factory makes no window until asked, so no display is needed
        Injector run = RunInjector.desktop(Stage.DEVELOPMENT, new DesktopModule(dataDir));
        Windows windows = run.getInstance(Windows.class);
        assertThat(windows).isInstanceOf(SwingWindows.class);
        assertThat(run.getInstance(Windows.class)).isSameAs(windows);
    }

    @Test
    void aHeadlessRoomOpensItsAdminSocketOnEachRequestForItsRunnerToClose() throws Exception {
        Injector run = RunInjector.headless(Stage.DEVELOPMENT, NOWHERE);
        try (DataDirectory dir = DataDirectory.open(dataDir)) {
            ComposedRoom room = run.getInstance(RoomComposer.class).compose(dir, LOOPBACK, 1);
            Optional<AdminSocket> socket = room.openAdminSocket();
            assumeTrue(socket.isPresent(), "no POSIX permissions here: the room runs without an admin socket");
            try (AdminSocket open = socket.orElseThrow()) {
                assertThat(open.path()).isEqualTo(dataDir.resolve(AdminSocket.FILE_NAME));
                assertThat(dataDir.resolve(AdminSocket.FILE_NAME)).exists();
            }
            assertThat(dataDir.resolve(AdminSocket.FILE_NAME)).doesNotExist();
        }
    }

    @Test
    void aDesktopsHostedRoomHasNoAdminSocket() throws Exception {
        Injector run = RunInjector.desktop(Stage.DEVELOPMENT, new DesktopModule(dataDir));
        try (DataDirectory dir = DataDirectory.open(dataDir)) {
            ComposedRoom room = run.getInstance(RoomComposer.class).compose(dir, LOOPBACK, 1);
            assertThatThrownBy(room::openAdminSocket).isInstanceOf(ConfigurationException.class);
        }
    }

    @Test
    void theDesktopsHostedRoomIsComposedByTheSameComposer() throws Exception {
        RoomHosting hosting = RunInjector.desktop(Stage.DEVELOPMENT, new DesktopModule(dataDir))
                .getInstance(RoomHosting.class);
        HostedRoom room = hosting.start(
                new HostSettings("Test room", 0, true, ServerConfig.defaults().minClientVersion(), false, false));
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
        RoomComposer composer = RunInjector.headless(stage, NOWHERE).getInstance(RoomComposer.class);
        try (DataDirectory dir = DataDirectory.open(dataDir)) {
            assertThatThrownBy(() -> composer.compose(dir, LOOPBACK, 1))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("bans.json");
        }
    }
}
