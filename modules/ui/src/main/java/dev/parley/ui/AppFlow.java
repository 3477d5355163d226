package dev.parley.ui;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.ui.chat.ChatWindow;
import dev.parley.ui.login.LoginDialog;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.start.HostDialog;
import dev.parley.ui.start.JoinDialog;
import dev.parley.ui.start.StartWindow;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CountDownLatch;

/**
 * Moves a person from window to window: start → host or join → log in → chat, and back to start when a room
 * ends. Knows when the last window has closed. Event thread only.
 */
public final class AppFlow {

    private final RoomHosting hosting;
    private final UiPreferences prefs;
    private final CountDownLatch allClosed = new CountDownLatch(1);
    private int openWindows;
    private StartWindow startWindow;

    public AppFlow(RoomHosting hosting, UiPreferences prefs) {
        this.hosting = hosting;
        this.prefs = prefs;
    }

    public UiPreferences prefs() {
        return prefs;
    }

    /** The start window, brought to the front if it is open already. */
    public void showStart() {
        if (startWindow != null && startWindow.isDisplayable()) {
            startWindow.toFront();
            return;
        }
        startWindow = new StartWindow(this);
        open(startWindow);
    }

    public void showHost(Window owner) {
        open(new HostDialog(owner, this, hosting));
    }

    /** The join dialog, its address filled in; {@code connectNow} presses Connect at once. */
    public void showJoin(Window owner, RoomAddress address, boolean connectNow) {
        var dialog = new JoinDialog(owner, this, address);
        open(dialog);
        if (connectNow) {
            dialog.connect();
        }
    }

    public void showLogin(ParleyClient client, HostedRoom hosted) {
        open(new LoginDialog(this, client, hosted));
    }

    /** The chat window; the start window steps aside until the room ends. */
    public void showChat(ParleyClient client, HostedRoom hosted) {
        open(new ChatWindow(this, client, hosted));
        if (startWindow != null) {
            startWindow.dispose();
            startWindow = null;
        }
    }

    /** Waits until every window this flow opened has closed. */
    public void awaitAllClosed() throws InterruptedException {
        allClosed.await();
    }

    private void open(Window window) {
        openWindows++;
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                window.removeWindowListener(this);
                // Let whatever this window opens next count first.
                javax.swing.SwingUtilities.invokeLater(() -> {
                    if (--openWindows == 0) {
                        allClosed.countDown();
                    }
                });
            }
        });
        window.setVisible(true);
    }
}
