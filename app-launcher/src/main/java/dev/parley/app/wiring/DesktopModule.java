package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.parley.app.desktop.EmbeddedRoomHosting;
import dev.parley.ui.ParleyUi;
import dev.parley.ui.RoomHosting;
import dev.parley.ui.SwingWindows;
import dev.parley.ui.Windows;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * The UI module's part of a desktop run: its windows, where they remember things, and the rooms they can host.
 * A window needs values known only when it opens (a connection, the room just started), so the injector composes
 * the windows' factory, {@link Windows}, and {@link ParleyUi} over it; the UI's flow asks the factory for each
 * window as the person moves through them.
 */
final class DesktopModule extends AbstractModule {

    private final Path dataDir;

    DesktopModule(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Provides
    @Singleton
    Preferences preferences() {
        return Preferences.userRoot().node("dev/parley/ui");
    }

    /** Each room the person hosts is composed when they click Host, by the run's {@link RoomComposer}. */
    @Provides
    @Singleton
    RoomHosting hosting(RoomComposer rooms) {
        return new EmbeddedRoomHosting(
                dataDir,
                (dir, config, hashIterations) ->
                        rooms.compose(dir, config, hashIterations).server());
    }

    /** The windows' factory: each window gets what only its moment knows (a connection, an owner) when made. */
    @Provides
    @Singleton
    Windows windows(RoomHosting hosting, Preferences preferences) {
        return new SwingWindows(hosting, preferences);
    }

    @Provides
    @Singleton
    ParleyUi ui(Windows windows) {
        return new ParleyUi(windows);
    }
}
