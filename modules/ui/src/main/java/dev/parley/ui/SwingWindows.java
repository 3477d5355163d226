package dev.parley.ui;

import dev.parley.client.KnownRooms;
import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.ui.chat.ChatWindow;
import dev.parley.ui.login.LoginDialog;
import dev.parley.ui.notify.DesktopNotifier;
import dev.parley.ui.notify.Notifier;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.start.HostDialog;
import dev.parley.ui.start.JoinDialog;
import dev.parley.ui.start.RunningRoomWindow;
import dev.parley.ui.start.StartWindow;
import dev.parley.ui.theme.Looks;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The app's Swing windows, all remembering things in the same preferences and hosting rooms the same way. */
public final class SwingWindows implements Windows {

    private final RoomHosting hosting;
    private final UiPreferences prefs;
    private final KnownRooms knownRooms;
    private final RoomFinder finder;
    private final Notifier notifier;

    /**
     * @param dataDir where recent rooms, the last username and window places are kept (ui-preferences.json)
     * @param knownRooms the fingerprint trusted for each room joined
     */
    public SwingWindows(RoomHosting hosting, Path dataDir, KnownRooms knownRooms) {
        this(hosting, dataDir, knownRooms, RoomFinder.NONE);
    }

    /** @param finder finds the rooms on the local network that the Join dialog lists */
    public SwingWindows(RoomHosting hosting, Path dataDir, KnownRooms knownRooms, RoomFinder finder) {
        this(hosting, dataDir, knownRooms, finder, new DesktopNotifier());
    }

    /**
     * @param notifier tells the person when someone writes in a room they are not looking at (the desktop's own
     *     otherwise; tests watch it)
     */
    SwingWindows(RoomHosting hosting, Path dataDir, KnownRooms knownRooms, RoomFinder finder, Notifier notifier) {
        this.hosting = hosting;
        this.prefs = new UiPreferences(dataDir);
        this.knownRooms = knownRooms;
        this.finder = finder;
        this.notifier = notifier;
    }

    @Override
    public Window start(StartChoices choices) {
        Looks.follow(prefs.theme());
        return new StartWindow(prefs, choices);
    }

    @Override
    public Window hostDialog(Window owner, HostStarted started) {
        Looks.follow(prefs.theme());
        return new HostDialog(owner, prefs, hosting, started);
    }

    @Override
    public Window joinDialog(Window owner, RoomAddress prefill, boolean connectNow, Consumer<ParleyClient> connected) {
        Looks.follow(prefs.theme());
        var dialog = new JoinDialog(owner, prefs, knownRooms, prefill, finder, connected);
        if (connectNow) {
            // connecting reports into the dialog, so it starts once the dialog is on screen
            dialog.addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    dialog.removeWindowListener(this);
                    dialog.connect();
                }
            });
        }
        return dialog;
    }

    @Override
    public Window login(ParleyClient client, OwnRoom own, LoginEnding ending) {
        return new LoginDialog(prefs, client, own, ending);
    }

    @Override
    public Window runningRoom(OwnRoom own, RunningRoomChoices choices) {
        return new RunningRoomWindow(own, choices);
    }

    @Override
    public Window chat(ParleyClient client, OwnRoom own, Runnable closed) {
        return new ChatWindow(prefs, client, own, closed, notifier);
    }
}
