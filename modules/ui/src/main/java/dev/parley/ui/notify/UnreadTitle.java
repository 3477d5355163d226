package dev.parley.ui.notify;

import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.IntConsumer;
import javax.swing.JFrame;

/**
 * A window's title with the count of messages that came while the person was looking elsewhere: "(3) Parley: room".
 * The count goes back to nothing when the window gets the focus again. Event thread only.
 */
public final class UnreadTitle {

    private final JFrame window;
    private final IntConsumer changed;
    private String title = "";
    private int unread;

    /** @param changed told each new count, 0 when read */
    public UnreadTitle(JFrame window, IntConsumer changed) {
        this.window = window;
        this.changed = changed;
        window.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                read();
            }
        });
    }

    /** The title without the count. */
    public void title(String newTitle) {
        this.title = newTitle;
        show();
    }

    public int unread() {
        return unread;
    }

    /**
     * A message came: counted when the person is not looking at the window.
     *
     * @return whether it was counted
     */
    public boolean arrived() {
        if (looking()) {
            return false;
        }
        unread++;
        show();
        changed.accept(unread);
        return true;
    }

    /** Whether the window, or a dialog it opened, has the focus. */
    public boolean looking() {
        for (Window w = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow();
                w != null;
                w = w.getOwner()) {
            if (w.equals(window)) {
                return true;
            }
        }
        return false;
    }

    private void read() {
        if (unread != 0) {
            unread = 0;
            show();
            changed.accept(0);
        }
    }

    private void show() {
        window.setTitle(unread > 0 ? "(" + unread + ") " + title : title);
    }
}
