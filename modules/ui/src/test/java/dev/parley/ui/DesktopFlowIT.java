package dev.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.server.ServerConfig;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
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
 * The desktop app end to end under a real display (Xvfb in CI): a host and two joined clients in one JVM, driven
 * through their windows as a person would.
 */
class DesktopFlowIT {

    private static final Timeout WAIT = Timeout.timeout(15, TimeUnit.SECONDS);

    @TempDir
    Path dir;
    private Robot robot;
    private final List<Preferences> prefNodes = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        if (System.getenv("CI") != null && GraphicsEnvironment.isHeadless()) {
            fail("CI must provide a display (Xvfb) for the UI tests");
        }
        assumeFalse(GraphicsEnvironment.isHeadless(), "UI tests need a display; run them under xvfb-run");
        ParleyUi.installLookAndFeel();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (robot != null) {
            robot.cleanUp();
        }
        for (Preferences p : prefNodes) {
            p.removeNode();
        }
    }

    @Test
    void hostTwoGuestsChatTypingUsersBanAndStop() throws Exception {
        var hosting = new TestHosting(dir.resolve("room"));
        int port = freePort();

        // The host opens a room and registers.
        ui(hosting).host();
        DialogFixture hostDialog = dialog("hostDialog");
        hostDialog.textBox("roomName").setText("Test room");
        hostDialog.spinner("port").select(port);
        hostDialog.button("startRoom").click();
        register("host");
        FrameFixture host = frame("chatWindow-host");
        assertThat(host.label("statusLine").text()).contains("Hosting \"Test room\"").contains("127.0.0.1:" + port);

        // Two people join; alice over IPv6, so banning her address leaves the others (all on this machine) alone.
        ui(hosting).join(new RoomAddress("::1", port));
        register("alice");
        FrameFixture alice = frame("chatWindow-alice");
        ui(hosting).join(new RoomAddress("127.0.0.1", port));
        register("bob");
        FrameFixture bob = frame("chatWindow-bob");
        awaitText(() -> host.list("userList").contents(), List.of("alice", "bob", "host"));
        awaitText(() -> alice.list("userList").contents(), List.of("alice", "bob", "host"));

        // Send and receive.
        focused(alice).textBox("messageField").enterText("hello everyone").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(() -> bob.textBox("messages").text(), "alice: hello everyone");
        awaitContains(() -> host.textBox("messages").text(), "alice: hello everyone");
        awaitContains(() -> host.textBox("messages").text(), "bob joined");

        // Typing shows under the others' message boxes.
        focused(bob).textBox("messageField").enterText("typ");
        awaitContains(() -> alice.label("typingLabel").text(), "bob is typing");
        awaitContains(() -> host.label("typingLabel").text(), "bob is typing");
        bob.textBox("messageField").deleteText();
        Pause.pause(cond("typing cleared", () -> alice.label("typingLabel").text().isBlank()), WAIT);

        // A third person joins and leaves: the lists follow, /users offline knows them.
        ui(hosting).join(new RoomAddress("127.0.0.1", port));
        register("carol");
        FrameFixture carol = frame("chatWindow-carol");
        awaitText(() -> alice.list("userList").contents(), List.of("alice", "bob", "carol", "host"));
        focused(carol).menuItemWithPath("Room", "Leave room").click();
        awaitText(() -> alice.list("userList").contents(), List.of("alice", "bob", "host"));
        awaitContains(() -> alice.textBox("messages").text(), "carol left");
        focused(alice).textBox("messageField").enterText("/users offline").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(() -> alice.textBox("messages").text(), "Offline: carol");
        focused(alice).toggleButton("showOffline").click();
        awaitText(() -> alice.list("userList").contents(), List.of("carol"));
        focused(alice).toggleButton("showOffline").click();
        awaitText(() -> alice.list("userList").contents(), List.of("alice", "bob", "host"));

        // The host bans alice from the user list's context menu.
        focused(host).list("userList").item("alice").showPopupMenu().menuItem("banItem").click();
        DialogFixture ban = dialog("banDialog");
        ban.textBox("banReason").setText("testing bans");
        ban.button("banOk").click();
        DialogFixture aliceNotice = dialog("notice-alice");
        assertThat(optionText(aliceNotice)).contains("banned");
        aliceNotice.button(JButtonMatcher.withText("OK")).click();
        awaitClosed(alice.target());
        awaitText(() -> host.list("userList").contents(), List.of("bob", "host"));

        // The ban manager shows it.
        focused(host).menuItemWithPath("Room", "Manage bans…").click();
        DialogFixture bans = dialog("banManager");
        Pause.pause(cond("ban listed", () -> bans.table("bansTable").rowCount() == 1), WAIT);
        assertThat(bans.table("bansTable").contents()[0]).contains("alice", "testing bans");
        bans.button("close").click();

        // Stop room: everyone gets the shutdown notice and their window closes.
        focused(host).menuItemWithPath("Room", "Stop room").click();
        JOptionPaneFinder.findOptionPane().withTimeout(15, TimeUnit.SECONDS).using(robot).okButton().click();
        DialogFixture bobNotice = dialog("notice-bob");
        assertThat(optionText(bobNotice)).contains("closed by its host");
        bobNotice.button(JButtonMatcher.withText("OK")).click();
        awaitClosed(bob.target());
        DialogFixture hostNotice = dialog("notice-host");
        hostNotice.button(JButtonMatcher.withText("OK")).click();
        awaitClosed(host.target());
    }

    @Test
    void threeWrongPasswordsCloseTheLogin() throws Exception {
        var server = TestHosting.startServer(dir.resolve("room2"),
                ServerConfig.builder().port(0).bindAddress("127.0.0.1").build());
        try (var dave = ParleyClient.connect("127.0.0.1", server.port())) {
            dave.register("dave", "right".toCharArray()).get(10, TimeUnit.SECONDS);
        }
        try {
            ui(new TestHosting(dir.resolve("unused"))).join(new RoomAddress("127.0.0.1", server.port()));
            DialogFixture login = dialog("loginDialog");
            for (int attempt = 1; attempt <= 2; attempt++) {
                login.textBox("username").setText("dave");
                login.textBox("password").setText("wrong" + attempt);
                login.button("submit").click();
                String left = (3 - attempt) + (attempt == 2 ? " attempt left" : " attempts left");
                awaitContains(() -> login.label("status").text(), left);
            }
            login.textBox("password").setText("wrong3");
            login.button("submit").click();
            DialogFixture notice = dialog("loginNotice");
            assertThat(optionText(notice)).contains("No attempts left");
            notice.button(JButtonMatcher.withText("OK")).click();
            awaitClosed(login.target());
        } finally {
            server.stop();
        }
    }

    // ---- helpers ----

    private ParleyUi ui(RoomHosting hosting) {
        Preferences node = Preferences.userRoot().node("parley-test/" + UUID.randomUUID());
        prefNodes.add(node);
        return new ParleyUi(hosting, node);
    }

    private void register(String user) {
        DialogFixture login = dialog("loginDialog");
        login.toggleButton("registerMode").click();
        login.textBox("username").setText(user);
        login.textBox("password").setText("pw-" + user);
        login.textBox("confirmPassword").setText("pw-" + user);
        login.button("submit").click();
        awaitClosed(login.target());
    }

    /** Finds a dialog and gives it the focus, as clicking on it would. */
    private DialogFixture dialog(String name) {
        DialogFixture d = WindowFinder.findDialog(name).withTimeout(15, TimeUnit.SECONDS).using(robot);
        d.focus();
        return d;
    }

    private FrameFixture frame(String name) {
        return WindowFinder.findFrame(name).withTimeout(15, TimeUnit.SECONDS).using(robot);
    }

    /** Brings a window to the front with the focus, as a click on it would, before typing into it. */
    private static FrameFixture focused(FrameFixture f) {
        f.focus();
        return f;
    }

    private static String optionText(DialogFixture d) {
        return GuiActionRunner.execute(() -> {
            var pane = (javax.swing.JOptionPane) ((javax.swing.JDialog) d.target()).getContentPane().getComponent(0);
            return String.valueOf(pane.getMessage());
        });
    }

    private static void awaitClosed(Window w) {
        Pause.pause(cond(w.getName() + " closed", () -> !w.isShowing()), WAIT);
    }

    private static void awaitContains(Supplier<String> text, String part) {
        Pause.pause(cond("text contains \"" + part + "\"", () -> text.get().contains(part)), WAIT);
    }

    private static void awaitText(Supplier<String[]> items, List<String> expected) {
        Pause.pause(cond("list is " + expected, () -> List.of(items.get()).equals(expected)), WAIT);
    }

    private static Condition cond(String what, Supplier<Boolean> test) {
        return new Condition(what) {
            @Override
            public boolean test() {
                return test.get();
            }
        };
    }

    private static int freePort() throws Exception {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
