package dev.parley.ui;

import dev.parley.client.ParleyClient;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Walks through the app and saves a screenshot of each window, for the README. Run by docs/screenshots.sh under
 * Xvfb, not by CI: {@code ScreenshotTour OUTPUT_DIR}.
 */
public final class ScreenshotTour {

    private static final Timeout WAIT = Timeout.timeout(15, TimeUnit.SECONDS);
    private final Path out;
    private final Robot robot;
    private final java.awt.Robot camera;

    private ScreenshotTour(Path out) throws Exception {
        this.out = out;
        this.robot = BasicRobot.robotWithCurrentAwtHierarchy();
        this.camera = new java.awt.Robot();
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("parley-tour");
        ParleyUi.installLookAndFeel();
        var tour = new ScreenshotTour(out);
        try {
            tour.run(data);
        } finally {
            tour.robot.cleanUp();
        }
        System.exit(0);
    }

    private void run(Path data) throws Exception {
        Path prefs = data.resolve("tour-ui");
        Files.createDirectories(prefs);
        Files.writeString(
                prefs.resolve("ui-preferences.json"),
                "{\"recent.0\":\"192.168.1.20:5050\",\"recent.1\":\"studio-pc:5050\",\"lastUsername\":\"host\"}");
        var hosting = new TestHosting(data);
        var ui = new ParleyUi(hosting, prefs);

        ui.start();
        FrameFixture start = WindowFinder.findFrame("startWindow")
                .withTimeout(15, TimeUnit.SECONDS)
                .using(robot);
        shoot(start.target(), "start-window");

        start.button("hostButton").click();
        DialogFixture host = dialog("hostDialog");
        host.textBox("roomName").setText("Friday design review");
        host.spinner("port").select(freePort());
        host.checkBox("allowGuests").check();
        shoot(host.target(), "host-dialog");
        host.button("startRoom").click();

        DialogFixture login = dialog("loginDialog");
        login.toggleButton("registerMode").click();
        login.textBox("username").setText("host");
        login.textBox("password").setText("secret-host");
        login.textBox("confirmPassword").setText("secret-host");
        shoot(login.target(), "login-dialog");
        login.button("submit").click();
        FrameFixture chat = WindowFinder.findFrame("chatWindow-host")
                .withTimeout(15, TimeUnit.SECONDS)
                .using(robot);
        chat.target().setSize(900, 580);
        int port = hosting.last.port();

        try (var alice = ParleyClient.connect("127.0.0.1", port);
                var bob = ParleyClient.connect("127.0.0.1", port);
                var mallory = ParleyClient.connect("127.0.0.1", port)) {
            alice.register("alice", "pw-alice".toCharArray()).get(10, TimeUnit.SECONDS);
            bob.register("bob", "pw-bob".toCharArray()).get(10, TimeUnit.SECONDS);
            mallory.register("mallory", "pw-mallory".toCharArray()).get(10, TimeUnit.SECONDS);
            alice.sendMessage("Morning! The new mock-ups are on the share.");
            bob.sendMessage("Nice, the colours work much better now.");
            chat.focus();
            chat.textBox("messageField")
                    .enterText("Thanks both. Let's start in five minutes.")
                    .pressAndReleaseKeys(KeyEvent.VK_ENTER);
            alice.sendMessage("Can we look at the settings screen first?");
            mallory.disconnect();
            bob.typing(true);
            awaitText(chat, "bob is typing");
            awaitMessages(chat, "settings screen first");
            shoot(chat.target(), "chat-window");

            try (var eve = ParleyClient.connect("127.0.0.1", port)) {
                // Wrong passwords until the room closes the connection: eve shows in "Recently seen" with the limit.
                for (int i = 0; i < 3; i++) {
                    eve.login("eve", ("guess-" + i).toCharArray())
                            .exceptionally(e -> null)
                            .get(10, TimeUnit.SECONDS);
                }
            } catch (java.util.concurrent.ExecutionException | IOException e) {
                // closed after the last try, as it should be
            }
            hosting.last.banAddress("203.0.113.7", "flooding the room", java.time.Duration.ofDays(7));
            hosting.last.banAddress("198.51.100.0/24", "a whole lab", java.time.Duration.ofDays(1));
            hosting.last.banUser("mallory", "spam links", null);
            chat.menuItemWithPath("Room", "Manage bans…").click();
            DialogFixture bans = dialog("banManager");
            Pause.pause(
                    new Condition("bans and people listed") {
                        @Override
                        public boolean test() {
                            return bans.table("bansTable").rowCount() == 3
                                    && bans.table("seenTable").rowCount() >= 5;
                        }
                    },
                    WAIT);
            shoot(bans.target(), "ban-manager");
            bans.table("seenTable").selectRows(0);
            bans.button("banSeen").click();
            DialogFixture ban = dialog("banDialog");
            ban.radioButton("banAsNetwork").click();
            ban.textBox("banReason").setText("guessing passwords");
            shoot(ban.target(), "ban-dialog");
            ban.button("cancel").click();
            bans.button("close").click();
        }
        hosting.last.stop();
    }

    /** Finds a dialog and waits until it is the active window (a window manager just started may be slow to say). */
    private DialogFixture dialog(String name) {
        DialogFixture d =
                WindowFinder.findDialog(name).withTimeout(15, TimeUnit.SECONDS).using(robot);
        d.focus();
        Pause.pause(
                new Condition(name + " active") {
                    @Override
                    public boolean test() {
                        return GuiActionRunner.execute(() -> {
                            if (!d.target().isActive()) {
                                d.target().toFront();
                                d.target().requestFocus();
                            }
                            return d.target().isActive();
                        });
                    }
                },
                WAIT);
        return d;
    }

    private static void awaitText(FrameFixture chat, String part) {
        Pause.pause(
                new Condition("typing shown") {
                    @Override
                    public boolean test() {
                        return chat.label("typingLabel").text().contains(part);
                    }
                },
                WAIT);
    }

    private static void awaitMessages(FrameFixture chat, String part) {
        Pause.pause(
                new Condition("message shown") {
                    @Override
                    public boolean test() {
                        return chat.textBox("messages").text().contains(part);
                    }
                },
                WAIT);
    }

    private void shoot(Window window, String name) throws Exception {
        robot.waitForIdle();
        window.toFront();
        Thread.sleep(400);
        robot.waitForIdle();
        Rectangle bounds = window.getBounds();
        BufferedImage image = camera.createScreenCapture(bounds);
        File file = out.resolve(name + ".png").toFile();
        ImageIO.write(image, "png", file);
        System.out.println("saved " + file);
    }

    private static int freePort() throws Exception {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
