package dev.parley.ui;

import static dev.parley.ui.UiDriver.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every window lays out fully at its own minimum size: shrunk as far as it lets itself be, each of its buttons is
 * whole (not cut off by the window's edge, nor narrower than its text).
 */
class MinimumSizeIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void theStartWindowAndItsDialogsLayOutFullyAtTheirMinimumSize() {
        ui.app(new TestHosting(dir)).start();
        FrameFixture start = ui.frame("startWindow");
        assertWholeAtMinimum(start.target());

        start.button("joinButton").click();
        assertWholeAtMinimum(ui.dialog("joinDialog").target());
        ui.dialog("joinDialog").button("cancel").click();

        start.button("hostButton").click();
        assertWholeAtMinimum(ui.dialog("hostDialog").target());
    }

    @Test
    void theHostsChatWindowLaysOutFullyAtItsMinimumSize() throws Exception {
        FrameFixture host =
                ui.hostRoom(new TestHosting(dir.resolve("room")), "A room with a longer name", freePort(), "host");

        assertWholeAtMinimum(host.target());
        assertThat(UiDriver.showing(host.target(), "showOffline")).isTrue();
    }

    /** Shrinks {@code window} to its minimum size and checks that every button in it is shown whole. */
    private void assertWholeAtMinimum(Window window) {
        GuiActionRunner.execute(() -> {
            window.setSize(window.getMinimumSize());
            window.validate();
        });
        ui.robot().waitForIdle();
        List<String> cut = GuiActionRunner.execute(() -> {
            var problems = new ArrayList<String>();
            for (AbstractButton b : buttons(window)) {
                if (!b.isShowing()) {
                    continue;
                }
                Rectangle visible = b.getVisibleRect();
                String name = b.getName() != null ? b.getName() : b.getText();
                // FlatLaf draws the focus ring in a margin around a button that MigLayout lets reach past its cell
                // (visual padding): that margin may be clipped, the button itself may not.
                int ring = 2 * Math.max(0, UIManager.getInt("Component.focusWidth"));
                if (visible.width < b.getWidth() - ring || visible.height < b.getHeight() - ring) {
                    problems.add(name + " cut to " + visible.width + "x" + visible.height + " of " + b.getWidth() + "x"
                            + b.getHeight());
                } else if (b.getWidth() < b.getPreferredSize().width) {
                    problems.add(name + " " + b.getWidth() + " wide, narrower than its " + b.getPreferredSize().width);
                }
            }
            return problems;
        });
        assertThat(cut)
                .as(window.getName() + " at its minimum size "
                        + GuiActionRunner.execute(() -> {
                            return window.getSize();
                        }))
                .isEmpty();
    }

    private static List<AbstractButton> buttons(Container in) {
        var found = new ArrayList<AbstractButton>();
        for (Component c : in.getComponents()) {
            if (c instanceof AbstractButton b && !(c.getParent() instanceof javax.swing.JMenuBar)) {
                found.add(b);
            }
            if (c instanceof JComponent || c instanceof Container) {
                found.addAll(buttons((Container) c));
            }
        }
        return found;
    }
}
