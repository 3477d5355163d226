package dev.parley.ui;

import dev.parley.client.KnownRooms;
import dev.parley.client.RoomAddress;
import dev.parley.ui.common.AppIcon;
import dev.parley.ui.flow.AppFlow;
import dev.parley.ui.theme.Looks;
import dev.parley.ui.theme.Theme;
import java.nio.file.Path;
import javax.swing.SwingUtilities;

/** The desktop app's entry points. Every window is built on the event thread. */
public final class ParleyUi {

    private final AppFlow flow;

    /** The app over windows the caller provides (the launcher's injector provides {@link SwingWindows}). */
    public ParleyUi(Windows windows) {
        this.flow = new AppFlow(windows);
        AppIcon.install();
    }

    /**
     * The app's own Swing windows, trusting rooms for this run only.
     *
     * @param dataDir where recent rooms, the last username and window places are kept
     */
    public ParleyUi(RoomHosting hosting, Path dataDir) {
        this(hosting, dataDir, KnownRooms.inMemory());
    }

    /**
     * The app's own Swing windows.
     *
     * @param dataDir where recent rooms, the last username and window places are kept
     * @param knownRooms the fingerprint trusted for each room joined
     */
    public ParleyUi(RoomHosting hosting, Path dataDir, KnownRooms knownRooms) {
        this(new SwingWindows(hosting, dataDir, knownRooms));
    }

    /**
     * The look of the app, light or dark as the system is set; call once, before the first window. The person's
     * own choice (Preferences) replaces it when the first window opens.
     */
    public static void installLookAndFeel() {
        onEventThread(() -> Looks.install(Theme.SYSTEM));
    }

    /** The start window: Host room, Join room, recent rooms. */
    public void start() {
        onEventThread(flow::showStart);
    }

    /** Straight to the Host room dialog. */
    public void host() {
        onEventThread(() -> flow.host(null));
    }

    /** Straight to connecting and the login dialog. */
    public void join(RoomAddress address) {
        onEventThread(() -> flow.join(null, address, true));
    }

    /** Blocks until the person has closed every window. */
    public void awaitClosed() throws InterruptedException {
        flow.awaitAllClosed();
    }

    private static void onEventThread(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
