package dev.parley.ui.flow;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.ui.RoomHosting;
import dev.parley.ui.chat.ChatWindow;
import dev.parley.ui.host.OwnRoom;
import dev.parley.ui.login.LoginDialog;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.start.HostDialog;
import dev.parley.ui.start.JoinDialog;
import dev.parley.ui.start.StartWindow;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;

/**
 * Decides which window opens next: start → host or join → log in → chat, and back to start when a room ends. The
 * windows only report what the person chose. Knows when the last window has closed. Event thread only.
 */
public final class AppFlow implements StartWindow.Choices, LoginDialog.Ending {

    private final RoomHosting hosting;
    private final UiPreferences prefs;
    private final CountDownLatch allClosed = new CountDownLatch(1);
    private int openWindows;
    private StartWindow startWindow;

    public AppFlow(RoomHosting hosting, UiPreferences prefs) {
        this.hosting = hosting;
        this.prefs = prefs;
    }

    /** The start window, brought to the front if it is open already. */
    public void showStart() {
        if (startWindow != null && startWindow.isDisplayable()) {
            startWindow.toFront();
            return;
        }
        startWindow = new StartWindow(prefs, this);
        open(startWindow);
    }

    @Override
    public void host(Window from) {
        open(new HostDialog(from, prefs, hosting, (room, client) -> showLogin(client, room)));
    }

    @Override
    public void join(Window from, RoomAddress address, boolean connectNow) {
        var dialog = new JoinDialog(from, prefs, address, client -> showLogin(client, null));
        open(dialog);
        if (connectNow) {
            dialog.connect();
        }
    }

    @Override
    public void loggedIn(ParleyClient client, OwnRoom own) {
        open(new ChatWindow(prefs, client, own, this::showStart));
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
        open(new LoginDialog(prefs, client, own, this));
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
        window.setVisible(true);
    }
}
