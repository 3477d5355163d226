package dev.parley.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.parley.app.LaunchedParley;
import dev.parley.client.AuthResult;
import dev.parley.client.ClientListener;
import dev.parley.client.KnownRooms;
import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.ui.ParleyUi;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app's chat window outlives its room's process: the packaged headless room, in a child process, is
 * killed (kill -9: no goodbye, no shutdown message) while a window is in it; the window says it is reconnecting,
 * and once the room is started again on the same port and data directory (same accounts, same TLS identity) the
 * window is back in by itself, and what is sent from it reaches the others.
 */
class RoomProcessRestartIT {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Timeout WAIT = Timeout.timeout(LaunchedParley.TIMEOUT_S, TimeUnit.SECONDS);

    @TempDir
    Path dir;

    private Robot robot;
    private LaunchedParley room;

    @BeforeEach
    void needsADisplay() {
        if (System.getenv("CI") != null && GraphicsEnvironment.isHeadless()) {
            fail("CI must provide a display (Xvfb) for the UI tests");
        }
        assumeFalse(GraphicsEnvironment.isHeadless(), "UI tests need a display; run them under xvfb-run");
        ParleyUi.installLookAndFeel();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
    }

    @AfterEach
    void closeEverything() {
        if (room != null) {
            room.process().destroyForcibly();
        }
        if (robot != null) {
            GuiActionRunner.execute(() -> {
                for (Window w : Window.getWindows()) {
                    w.dispose();
                }
            });
            robot.cleanUp();
        }
    }

    @Test
    void afterTheRoomsProcessIsKilledTheWindowIsBackInOnceTheRoomRestartsOnTheSamePort() throws Exception {
        Path roomDir = Files.createDirectories(dir.resolve("room"));
        Files.writeString(roomDir.resolve("server.json"), """
                {"roomName": "Restarted room", "announce": false, "passwordHashIterations": 1000}
                """);
        int port = freePort();
        room = startRoom(roomDir, port);
        try (var amy = ParleyClient.connect(LOOPBACK, port)) {
            assertThat(amy.register("amy", "pw-amy".toCharArray()).get(LaunchedParley.TIMEOUT_S, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("amy"));
        }
        KnownRooms known = KnownRooms.inMemory(); // as after a first join whose fingerprint amy compared
        known.remember(KnownRooms.key(LOOPBACK, port), Fingerprint.of(roomCertificate(roomDir)));

        new ParleyUi(
                        settings -> {
                            throw new UnsupportedOperationException("this app only joins");
                        },
                        Files.createDirectories(dir.resolve("app")),
                        known)
                .join(new RoomAddress(LOOPBACK, port));
        DialogFixture login = WindowFinder.findDialog("loginDialog")
                .withTimeout(30, TimeUnit.SECONDS)
                .using(robot);
        login.textBox("username").setText("amy");
        login.textBox("password").setText("pw-amy");
        login.button("submit").click();
        FrameFixture chat = WindowFinder.findFrame("chatWindow-amy")
                .withTimeout(30, TimeUnit.SECONDS)
                .using(robot);
        awaitContains(() -> chat.label("statusLine").text(), "Connected");

        room.process().destroyForcibly(); // kill -9
        assertThat(room.process().waitFor(LaunchedParley.TIMEOUT_S, TimeUnit.SECONDS))
                .isTrue();
        awaitContains(() -> chat.label("statusLine").text(), "Reconnecting… (attempt ");
        chat.textBox("messageField").requireDisabled();

        room = startRoom(roomDir, port);
        awaitContains(() -> chat.textBox("messages").text(), "Back in");
        awaitContains(() -> chat.label("statusLine").text(), "Connected");

        var heard = new LinkedBlockingQueue<ChatMessage>();
        try (var bob = ParleyClient.connect(LOOPBACK, port)) {
            bob.addListener(new Heard(heard));
            assertThat(bob.register("bob", "pw-bob".toCharArray()).get(LaunchedParley.TIMEOUT_S, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("bob"));
            chat.textBox("messageField").setText("still here");
            chat.button("send").click();
            ChatMessage got = heard.poll(LaunchedParley.TIMEOUT_S, TimeUnit.SECONDS);
            assertThat(got).as("amy's message reached bob").isNotNull();
            assertThat(got.from()).isEqualTo("amy");
            assertThat(got.message()).isEqualTo("still here");
        }
    }

    private static LaunchedParley startRoom(Path roomDir, int port) throws Exception {
        LaunchedParley started = LaunchedParley.start(
                "host",
                "--headless",
                "--port",
                String.valueOf(port),
                "--bind",
                LOOPBACK,
                "--data-dir",
                roomDir.toString());
        assertThat(started.awaitPort()).isEqualTo(port);
        return started;
    }

    /** The certificate the room keeps in its data directory, and shows to every client. */
    private static X509Certificate roomCertificate(Path roomDir) throws Exception {
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(roomDir.resolve("room-identity.p12"))) {
            store.load(in, "parley".toCharArray());
        }
        return (X509Certificate) store.getCertificate("room");
    }

    private static int freePort() throws Exception {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitContains(Supplier<String> text, String part) {
        Pause.pause(
                new Condition("text contains \"" + part + "\"") {
                    @Override
                    public boolean test() {
                        return text.get().contains(part);
                    }
                },
                WAIT);
    }

    /** The chat messages a client receives. */
    private record Heard(BlockingQueue<ChatMessage> messages) implements ClientListener {
        @Override
        public void onMessage(ServerMessage message) {
            if (message instanceof ChatMessage chat) {
                messages.add(chat);
            }
        }

        @Override
        public void onDisconnected(String reason) {}
    }
}
