package dev.parley.ui;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.parley.client.KnownRooms;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.RoomAdmin;
import dev.parley.ui.notify.Notifier;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.ListCellRenderer;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drives the desktop app in tests as a person would, under a real display (Xvfb in CI): opens app instances, finds
 * their windows, waits on conditions. One per test ({@code @RegisterExtension}); it closes what the test opened.
 */
final class UiDriver implements BeforeEachCallback, AfterEachCallback {

    static final Timeout WAIT = Timeout.timeout(15, TimeUnit.SECONDS);

    private Robot robot;
    private final List<Path> dataDirs = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        if (System.getenv("CI") != null && GraphicsEnvironment.isHeadless()) {
            fail("CI must provide a display (Xvfb) for the UI tests");
        }
        assumeFalse(GraphicsEnvironment.isHeadless(), "UI tests need a display; run them under xvfb-run");
        ParleyUi.installLookAndFeel();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (robot != null) {
            // Windows a failed test left open would confuse the next test's finders.
            GuiActionRunner.execute(() -> {
                for (Window w : Window.getWindows()) {
                    w.dispose();
                }
            });
            robot.cleanUp();
        }
        for (Path d : dataDirs) {
            Files.deleteIfExists(d.resolve("ui-preferences.json"));
            Files.deleteIfExists(d);
        }
    }

    /** A new instance of the app, with preferences of its own. */
    ParleyUi app(RoomHosting hosting) {
        return new ParleyUi(hosting, prefs());
    }

    /** A new instance of the app trusting the rooms {@code known} holds. */
    ParleyUi app(RoomHosting hosting, KnownRooms known) {
        return new ParleyUi(hosting, prefs(), known);
    }

    /**
     * A new instance of the app that already trusts {@code room}'s certificate at {@code host}:{@code port}, as after
     * a first join whose fingerprint the person compared (the first-use dialog itself is TrustIT's subject).
     */
    ParleyUi appTrusting(RoomHosting hosting, RoomAdmin room, String host, int port) {
        return app(hosting, trusting(room, host, port));
    }

    /**
     * A new instance of the app that trusts {@code room} at {@code host}:{@code port}, keeps its preferences in
     * {@code prefs} and tells of new messages through {@code notifier}.
     */
    ParleyUi appTrusting(RoomAdmin room, String host, int port, Path prefs, Notifier notifier) {
        return new ParleyUi(new SwingWindows(
                new TestHosting(java.nio.file.Path.of("unused")),
                prefs,
                trusting(room, host, port),
                RoomFinder.NONE,
                notifier));
    }

    private static KnownRooms trusting(RoomAdmin room, String host, int port) {
        KnownRooms known = KnownRooms.inMemory();
        Optional<Fingerprint> fingerprint = room.certificateFingerprint();
        if (fingerprint.isPresent()) {
            try {
                known.remember(KnownRooms.key(host, port), fingerprint.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return known;
    }

    /** A new instance of the app whose Join dialog lists what {@code finder} finds. */
    ParleyUi app(RoomHosting hosting, RoomFinder finder) {
        return new ParleyUi(new SwingWindows(hosting, prefs(), KnownRooms.inMemory(), finder));
    }

    /** A fresh, empty data directory for an app instance's preferences, removed after the test. */
    Path prefs() {
        try {
            Path dir = Files.createTempDirectory("parley-ui-test-");
            dataDirs.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Robot robot() {
        return robot;
    }

    /** Puts another window in front with the focus, as switching to another app would. */
    void lookElsewhere() {
        javax.swing.JFrame other = GuiActionRunner.execute(() -> {
            var frame = new javax.swing.JFrame("elsewhere");
            frame.setName("elsewhere");
            frame.setSize(300, 200);
            frame.setVisible(true);
            return frame;
        });
        focused(new FrameFixture(robot, other));
    }

    /** Registers in the open login dialog and waits until it hands over to the chat window. */
    FrameFixture register(String user) {
        trustIfAsked();
        DialogFixture login = dialog("loginDialog");
        login.toggleButton("registerMode").click();
        login.textBox("username").setText(user);
        login.textBox("password").setText("pw-" + user);
        login.textBox("confirmPassword").setText("pw-" + user);
        login.button("submit").click();
        awaitClosed(login.target());
        return frame("chatWindow-" + user);
    }

    /**
     * Hosts a room through the Host room dialog on {@code port} as {@code host}, who enters it as the owner with no
     * password asked; the host's chat window.
     */
    FrameFixture hostRoom(RoomHosting hosting, String roomName, int port, String host) {
        app(hosting).host();
        DialogFixture dialog = dialog("hostDialog");
        dialog.textBox("hostName").setText(host);
        dialog.textBox("roomName").setText(roomName);
        dialog.spinner("port").select(port);
        dialog.button("startRoom").click();
        return frame("chatWindow-" + host);
    }

    /**
     * A room joined for the first time over TLS asks whether to trust its fingerprint before the login dialog opens:
     * trusts it, as a person comparing it with the host's window would.
     */
    void trustIfAsked() {
        await(
                "the trust question or the login dialog",
                () -> shownWindow("trustNewRoom") || shownWindow("loginDialog"));
        if (shownWindow("trustNewRoom")) {
            dialog("trustNewRoom").button("trust").click();
        }
    }

    private static boolean shownWindow(String name) {
        return GuiActionRunner.execute(() -> {
            for (Window w : Window.getWindows()) {
                if (name.equals(w.getName()) && w.isShowing()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Finds a dialog and gives it the focus, as clicking on it would. */
    DialogFixture dialog(String name) {
        DialogFixture d =
                WindowFinder.findDialog(name).withTimeout(15, TimeUnit.SECONDS).using(robot);
        d.focus();
        return d;
    }

    FrameFixture frame(String name) {
        return WindowFinder.findFrame(name).withTimeout(15, TimeUnit.SECONDS).using(robot);
    }

    /**
     * Brings a window to the front with the focus, as a click on it would, before typing into it or clicking in it
     * (the chat windows open on top of each other). A window that opened just before may take the focus back, so
     * this waits until the window is the active one, asking again while it is not.
     */
    static FrameFixture focused(FrameFixture f) {
        f.focus();
        await(
                f.target().getName() + " active",
                () -> GuiActionRunner.execute(() -> {
                    if (!f.target().isActive()) {
                        f.target().toFront();
                        f.target().requestFocus();
                    }
                    return f.target().isActive();
                }));
        f.robot().waitForIdle();
        return f;
    }

    /**
     * Reads the banner a chat window shows when its room ended for it ({@code noticeName}: "notice-" and the user),
     * presses its Close, and waits for {@code window} to close.
     */
    String acknowledge(String noticeName, Window window) {
        if (!(window instanceof java.awt.Frame chat)) {
            // A login dialog still says why in a notice dialog of its own before it closes.
            DialogFixture notice = dialog(noticeName);
            String text = optionText(notice);
            notice.button(JButtonMatcher.withText("OK")).click();
            awaitClosed(window);
            return text;
        }
        String text = bannerText(noticeName, window);
        var frame = new FrameFixture(robot, chat);
        // The window may be behind another one whose room ended too: bring it forward before clicking in it.
        focused(frame).panel(noticeName).button("closeWindow").click();
        awaitClosed(window);
        return text;
    }

    /** Waits for the banner of a chat window whose room ended, and reads it ("title: text"). */
    String bannerText(String noticeName, Window window) {
        var frame = new FrameFixture(robot, (java.awt.Frame) window);
        // Not frame.panel(…): its lookup throws while the banner is still hidden, ending the wait at once.
        await(noticeName + " shown", () -> showing(window, noticeName));
        return GuiActionRunner.execute(() -> frame.label("noticeTitle").target().getText() + ": "
                + frame.label("noticeText").target().getText().replaceAll("<[^>]*>", ""));
    }

    /** Whether {@code window} shows a component named {@code name}. */
    static boolean showing(Window window, String name) {
        return GuiActionRunner.execute(
                () -> find(window, name) != null && find(window, name).isShowing());
    }

    private static java.awt.Component find(java.awt.Container in, String name) {
        for (java.awt.Component c : in.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String optionText(DialogFixture d) {
        return GuiActionRunner.execute(() -> {
            var pane = (JOptionPane) ((JDialog) d.target()).getContentPane().getComponent(0);
            return String.valueOf(pane.getMessage());
        });
    }

    static void awaitClosed(Window w) {
        await(w.getName() + " closed", () -> !w.isShowing());
    }

    static void awaitContains(Supplier<String> text, String part) {
        await("text contains \"" + part + "\"", () -> text.get().contains(part));
    }

    /**
     * The user list's rows as a screen reader hears them: the name, and "alice (host)" for the owner, whose badge is
     * drawn rather than written.
     */
    static String[] userRows(FrameFixture chat) {
        var list = chat.list("userList");
        list.replaceCellReader((l, index) -> {
            Object value = l.getModel().getElementAt(index);
            @SuppressWarnings("unchecked")
            var renderer = (ListCellRenderer<Object>) l.getCellRenderer();
            return renderer.getListCellRendererComponent(l, value, index, false, false)
                    .getAccessibleContext()
                    .getAccessibleName();
        });
        return list.contents();
    }

    static void awaitList(Supplier<String[]> items, List<String> expected) {
        await("list is " + expected, () -> List.of(items.get()).equals(expected));
    }

    static void await(String what, Supplier<Boolean> test) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        return test.get();
                    }
                },
                WAIT);
    }

    /** The text areas and fields inside {@code c}, at any depth. */
    static List<javax.swing.text.JTextComponent> textBoxes(java.awt.Container c) {
        var found = new ArrayList<javax.swing.text.JTextComponent>();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.text.JTextComponent t) {
                found.add(t);
            } else if (child instanceof java.awt.Container inner) {
                found.addAll(textBoxes(inner));
            }
        }
        return found;
    }

    static int freePort() throws Exception {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
