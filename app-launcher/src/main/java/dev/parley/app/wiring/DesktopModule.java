package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.parley.app.desktop.EmbeddedRoomHosting;
import dev.parley.ui.ParleyUi;
import dev.parley.ui.RoomHosting;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * The UI module's part of a desktop run: its windows, where they remember things, and the rooms they can host.
 * The windows themselves are made by {@link ParleyUi} as the person moves through them; what they need from the
 * launcher is bound here (the host's tools over a hosted room belong here too).
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

    @Provides
    @Singleton
    ParleyUi ui(RoomHosting hosting, Preferences preferences) {
        return new ParleyUi(hosting, preferences);
    }
}
