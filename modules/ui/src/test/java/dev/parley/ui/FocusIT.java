package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ui.prefs.UiPreferences;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Windows open with the focus where typing goes, and Enter presses the button that wears the default ring. */
class FocusIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void onTheStartWindowEnterPressesTheButtonWithTheRing() {
        ui.app(new TestHosting(dir)).start();
        FrameFixture start = ui.frame("startWindow");
        var frame = (JFrame) start.target();
        await("Join focused and default", () -> focusOwnerIs("joinButton") && defaultIs(frame, "joinButton"));

        start.button("hostButton").focus();
        await("the ring follows the focus", () -> defaultIs(frame, "hostButton"));
        start.list("recentRooms").focus();
        await("no ring in the list, where Enter joins the selected room", () -> defaultIs(frame, null));
        start.button("hostButton").focus();
        await("the ring on Host", () -> defaultIs(frame, "hostButton"));

        start.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);

        Window host = WindowFinder.findDialog("hostDialog").using(ui.robot()).target();
        await("the Host dialog opens in front, focused", () -> activeIs(host));
    }

    @Test
    void theStartWindowsRecentRoomsShowTheirNamesAndJoinByAddress() {
        Path data = ui.prefs();
        var prefs = new UiPreferences(data);
        prefs.rememberRoom("127.0.0.1:1", null);
        prefs.rememberRoom("127.0.0.1:2", "Attic");
        new ParleyUi(new TestHosting(dir), data).start();
        FrameFixture start = ui.frame("startWindow");

        assertThat(start.list("recentRooms").contents()).containsExactly("Attic — 127.0.0.1:2", "127.0.0.1:1");
    }

    @Test
    void theJoinDialogOpensFocusedOnItsEmptyAddress() {
        ui.app(new TestHosting(dir)).start();
        FrameFixture start = ui.frame("startWindow");
        await("Join focused", () -> focusOwnerIs("joinButton"));

        start.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);

        Window join = WindowFinder.findDialog("joinDialog").using(ui.robot()).target();
        await(
                "the Join dialog in front with its address field focused",
                () -> activeIs(join) && focusOwnerIs("address"));
    }

    private static boolean focusOwnerIs(String name) {
        return GuiActionRunner.execute(() -> {
            Component owner =
                    KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner != null && name.equals(owner.getName());
        });
    }

    private static boolean defaultIs(JFrame frame, String name) {
        return GuiActionRunner.execute(() -> {
            JButton button = frame.getRootPane().getDefaultButton();
            return name == null ? button == null : button != null && name.equals(button.getName());
        });
    }

    private static boolean activeIs(Window window) {
        return GuiActionRunner.execute(() -> {
            return window.isActive();
        });
    }
}
