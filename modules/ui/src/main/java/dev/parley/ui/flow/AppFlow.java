package dev.parley.ui.flow;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.ui.OwnRoom;
import dev.parley.ui.Windows;
import dev.parley.ui.common.AppIcon;
import dev.parley.ui.common.Background;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Decides which window opens next: start → host or join → log in → chat, and back to start when a room ends. The
 * windows only report what the person chose; {@link Windows} makes them. Knows when the last window has closed.
 *
 * <p>A room this app hosts lives until it is stopped (Stop room, or quitting after the confirmation), never as long
 * as a login dialog or chat window: while it runs with no chat window of this app in it, the flow shows the
 * running-room window, from which the host opens the chat again or stops the room. Event thread only.
 */
public final class AppFlow implements Windows.StartChoices, Windows.LoginEnding, Windows.RunningRoomChoices {

    private final Windows windows;
    private final CountDownLatch allClosed = new CountDownLatch(1);
    private int openWindows;
    private Window startWindow;
    /** The room this app hosts, from its start until it stops; null when it hosts none. */
    private OwnRoom hosted;

    private Window runningWindow;

    public AppFlow(Windows windows) {
        this.windows = windows;
    }

    /** The start window, brought to the front if it is open already; the running-room window while one runs. */
    public void showStart() {
        if (hostedRunning()) {
            showRunning();
            return;
        }
        hosted = null;
        if (startWindow != null && startWindow.isDisplayable()) {
            startWindow.toFront();
            return;
        }
        startWindow = windows.start(this);
        open(startWindow);
    }

    @Override
    public void host(Window from) {
        if (hostedRunning()) {
            // One room per app: the one running is offered again rather than a second started.
            showRunning();
            return;
        }
        open(windows.hostDialog(from, (room, connection) -> {
            hosted = room;
            enter(room, connection);
        }));
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
        if (own != null) {
            closeRunning();
        }
    }

    @Override
    public void closed() {
        showStart();
    }

    @Override
    public void openChat(Consumer<String> failed) {
        OwnRoom own = hosted;
        if (own == null || !own.room().running()) {
            closeRunning();
            showStart();
            return;
        }
        Background.run(
                own::connectAsOwner,
                connection -> {
                    // It comes back, with its buttons, if a login dialog ends without entering the room.
                    closeRunning();
                    enter(own, connection);
                },
                e -> failed.accept(Background.messageOf(e)));
    }

    @Override
    public void stopped() {
        runningWindow = null;
        hosted = null;
        showStart();
    }

    /** Waits until every window this flow opened has closed. */
    public void awaitAllClosed() throws InterruptedException {
        allClosed.await();
    }

    private boolean hostedRunning() {
        return hosted != null && hosted.room().running();
    }

    private void showRunning() {
        if (runningWindow != null && runningWindow.isDisplayable()) {
            runningWindow.toFront();
            return;
        }
        runningWindow = windows.runningRoom(hosted, this);
        open(runningWindow);
        if (startWindow != null) {
            startWindow.dispose();
            startWindow = null;
        }
    }

    private void closeRunning() {
        if (runningWindow != null) {
            runningWindow.dispose();
            runningWindow = null;
        }
    }

    /** The host's own window: straight into the chat when in as the owner, else through the login dialog. */
    private void enter(OwnRoom own, OwnRoom.Connected connection) {
        if (connection.loggedIn()) {
            loggedIn(connection.client(), own);
        } else {
            showLogin(connection.client(), own);
        }
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
