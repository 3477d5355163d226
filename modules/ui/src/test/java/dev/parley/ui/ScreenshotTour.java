package dev.parley.ui;

import dev.parley.client.KnownRooms;
import dev.parley.client.ParleyClient;
import dev.parley.ui.theme.Looks;
import dev.parley.ui.theme.Theme;
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
        Path prefs = uiPreferences(
                data.resolve("tour-ui"),
                "{\"recent.0\":\"192.168.1.20:5050\",\"recent.1\":\"studio-pc:5050\",\"lastUsername\":\"host\","
                        + "\"theme\":\"LIGHT\"}");
        var hosting = new TestHosting(data);
        var ui = new ParleyUi(hosting, prefs);

        ui.start();
        FrameFixture start = WindowFinder.findFrame("startWindow")
                .withTimeout(15, TimeUnit.SECONDS)
                .using(robot);
        shoot(start.target(), "start-window");
        inTheme(Theme.DARK, () -> shoot(start.target(), "start-window-dark"));

        start.button("hostButton").click();
        DialogFixture host = dialog("hostDialog");
        host.textBox("hostName").setText("host");
        host.textBox("roomName").setText("Friday design review");
        host.spinner("port").select(freePort());
        host.checkBox("allowGuests").check();
        Pause.pause(
                new Condition("history line") {
                    @Override
                    public boolean test() {
                        return host.label("historyLine").text().contains("History");
                    }
                },
                WAIT);
        shoot(host.target(), "host-dialog");
        host.button("startRoom").click();

        // The host is in at once, as the room's owner; the login dialog is what someone joining sees.
        FrameFixture chat = WindowFinder.findFrame("chatWindow-host")
                .withTimeout(15, TimeUnit.SECONDS)
                .using(robot);
        var known = dev.parley.client.KnownRooms.inMemory();
        known.remember(
                dev.parley.client.KnownRooms.key("127.0.0.1", hosting.last.port()),
                hosting.last.certificateFingerprint().orElseThrow());
        Path joinerPrefs = uiPreferences(data.resolve("joiner-ui"), "{\"lastUsername\":\"alice\"}");
        new ParleyUi(hosting, joinerPrefs, known)
                .join(new dev.parley.client.RoomAddress("127.0.0.1", hosting.last.port()));
        DialogFixture login = dialog("loginDialog");
        shoot(login.target(), "login-dialog");
        login.button("cancel").click();
        // Cancelling takes the joiner's app back to its start window: put it away, so that the one found later is
        // the guest's.
        FrameFixture joinersStart = WindowFinder.findFrame("startWindow")
                .withTimeout(15, TimeUnit.SECONDS)
                .using(robot);
        GuiActionRunner.execute(() -> joinersStart.target().dispose());
        chat.target().setSize(900, 580);
        int port = hosting.last.port();

        try (var alice = ParleyClient.connect("127.0.0.1", port);
                var bob = ParleyClient.connect("127.0.0.1", port);
                var mallory = ParleyClient.connect("127.0.0.1", port)) {
            alice.register("alice", "pw-alice".toCharArray()).get(10, TimeUnit.SECONDS);
            bob.register("bob", "pw-bob".toCharArray()).get(10, TimeUnit.SECONDS);
            mallory.register("mallory", "pw-mallory".toCharArray()).get(10, TimeUnit.SECONDS);
            alice.sendMessage("Morning! The new mock-ups are on the share.");
            awaitMessages(chat, "mock-ups"); // one after the other, as people answer
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
            inTheme(Theme.DARK, () -> shoot(chat.target(), "chat-window-dark"));

            // Someone writes while the host looks at another window: the title counts it.
            var elsewhere = GuiActionRunner.execute(() -> {
                var frame = new javax.swing.JFrame("another app");
                frame.setBounds(10, 10, 160, 80);
                frame.setVisible(true);
                return frame;
            });
            new FrameFixture(robot, elsewhere).focus();
            alice.sendMessage("@host the settings screen is ready when you are");
            Pause.pause(
                    new Condition("unread counted") {
                        @Override
                        public boolean test() {
                            return GuiActionRunner.execute(() -> chat.target().getTitle())
                                    .startsWith("(1) ");
                        }
                    },
                    WAIT);
            // Not brought to the front: that would give it the focus and read the message.
            capture(chat.target(), "chat-unread");
            GuiActionRunner.execute(elsewhere::dispose);

            chat.focus();
            chat.menuItemWithPath("Room", "Preferences…").click();
            DialogFixture preferences = dialog("preferencesDialog");
            preferences.radioButton("notifyMENTIONS").click();
            shoot(preferences.target(), "preferences-dialog");
            preferences.comboBox("theme").selectItem("Dark");
            shoot(preferences.target(), "preferences-dialog-dark");
            preferences.comboBox("theme").selectItem("Light");
            preferences.button("close").click();

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

            joinAsGuestOfTheRoom(data, port);
        }
        hosting.last.stop();
    }

    /** A data directory whose ui-preferences.json holds {@code json}, as the app would have left it. */
    private static Path uiPreferences(Path dir, String json) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ui-preferences.json"), json);
        return dir;
    }

    /**
     * Another app joins: its Join dialog with the rooms on the network and the recent rooms by name, then the room's
     * name in its login dialog, then its chat window with the history above "New since you joined".
     */
    private void joinAsGuestOfTheRoom(Path data, int port) throws Exception {
        Path prefs = uiPreferences(
                data.resolve("carol-ui"),
                "{\"recent.0\":\"127.0.0.1:" + port + "\",\"recent.0.name\":\"Friday design review\","
                        + "\"recent.1\":\"192.168.1.31:6000\",\"recent.1.name\":\"Games night\","
                        + "\"recent.2\":\"studio-pc:5050\"}");
        RoomFinder lan = listener -> {
            listener.found(new RoomFinder.NetworkRoom("a", "Friday design review", "192.168.1.20", 5050, 4, true));
            listener.found(new RoomFinder.NetworkRoom("b", "Games night", "192.168.1.31", 6000, 7, true));
            listener.found(new RoomFinder.NetworkRoom("c", "Old lab room", "192.168.1.44", 5050, -1, false));
            return () -> {};
        };
        var carol = new ParleyUi(
                new SwingWindows(new TestHosting(data.resolve("carol")), prefs, KnownRooms.inMemory(), lan));
        carol.start();
        FrameFixture start = WindowFinder.findFrame("startWindow")
                .withTimeout(15, TimeUnit.SECONDS)
                .using(robot);
        start.button("joinButton").click();
        DialogFixture join = dialog("joinDialog");
        Pause.pause(
                new Condition("rooms listed") {
                    @Override
                    public boolean test() {
                        return join.list("networkRooms").contents().length == 3;
                    }
                },
                WAIT);
        join.list("recentRooms").selectItem(0);
        join.list("networkRooms").selectItem(0);
        join.textBox("address").setText("127.0.0.1:" + port);
        shoot(join.target(), "join-dialog");
        join.button("connect").click();

        dialog("trustNewRoom").button("trust").click();
        DialogFixture login = dialog("loginDialog");
        login.toggleButton("registerMode").click();
        login.textBox("username").setText("carol");
        login.textBox("password").setText("secret-carol");
        login.textBox("confirmPassword").setText("secret-carol");
        shoot(login.target(), "login-join");
        login.button("submit").click();
        FrameFixture chat = WindowFinder.findFrame("chatWindow-carol")
                .withTimeout(15, TimeUnit.SECONDS)
                .using(robot);
        chat.target().setSize(900, 580);
        awaitMessages(chat, "settings screen first");
        chat.focus();
        chat.textBox("messageField")
                .enterText("Hi all, sorry I'm late: reading back now.")
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitMessages(chat, "reading back now");
        shoot(chat.target(), "chat-history");
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

    /** Shows the windows in {@code theme} while {@code shots} runs, then light again. */
    private void inTheme(Theme theme, Shots shots) throws Exception {
        GuiActionRunner.execute(() -> Looks.follow(theme));
        try {
            shots.take();
        } finally {
            GuiActionRunner.execute(() -> Looks.follow(Theme.LIGHT));
        }
    }

    @FunctionalInterface
    private interface Shots {
        void take() throws Exception;
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
        capture(window, name);
    }

    private void capture(Window window, String name) throws Exception {
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
