package dev.parley.ui.flow;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.ui.OwnRoom;
import dev.parley.ui.Windows;
import dev.parley.ui.common.AppIcon;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;

/**
 * Decides which window opens next: start → host or join → log in → chat, and back to start when a room ends. The
 * windows only report what the person chose; {@link Windows} makes them. Knows when the last window has closed.
 * Event thread only.
 */
public final class AppFlow implements Windows.StartChoices, Windows.LoginEnding {

    private final Windows windows;
    private final CountDownLatch allClosed = new CountDownLatch(1);
    private int openWindows;
    private Window startWindow;

    public AppFlow(Windows windows) {
        this.windows = windows;
    }

    /** The start window, brought to the front if it is open already. */
    public void showStart() {
        if (startWindow != null && startWindow.isDisplayable()) {
            startWindow.toFront();
            return;
        }
        startWindow = windows.start(this);
        open(startWindow);
    }

    @Override
    public void host(Window from) {
        open(windows.hostDialog(from, (room, client) -> showLogin(client, room)));
    }

    @Override
    public void join(Window from, RoomAddress address, boolean connectNow) {
        open(windows.joinDialog(from, address, connectNow, client -> showLogin(client, null)));
    }

    @Override
    public void loggedIn(ParleyClient client, OwnRoom own) {
        open(windows.chat(client, own, this::showStart));
        // The start window steps aside until the room ends.
        if (startWindow != null) {
            startWindow.dispose();
            startWindow = null;
        }
    }

    @Override
    public void closed() {
        showStart();
    }

    /** Waits until every window this flow opened has closed. */
    public void awaitAllClosed() throws InterruptedException {
        allClosed.await();
    }

    private void showLogin(ParleyClient client, OwnRoom own) {
        open(windows.login(client, own, this));
    }

    private void open(Window window) {
        openWindows++;
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                window.removeWindowListener(this);
                // Let whatever this window opens next count first.
                SwingUtilities.invokeLater(() -> {
                    if (--openWindows == 0) {
                        allClosed.countDown();
                    }
                });
            }
        });
        AppIcon.set(window); // before it is shown, so the window manager has it from the start
        window.setVisible(true);
    }
}
