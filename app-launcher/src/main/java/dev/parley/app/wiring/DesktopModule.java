package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.parley.app.desktop.EmbeddedRoomHosting;
import dev.parley.ui.ParleyUi;
import dev.parley.ui.RoomHosting;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** Composes the desktop app: its windows, the rooms it can host, and where it remembers things. */
public final class DesktopModule extends AbstractModule {

    private final Path dataDir;

    public DesktopModule(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    protected void configure() {
        bind(RoomHosting.class).toInstance(new EmbeddedRoomHosting(dataDir));
    }

    @Provides
    @Singleton
    Preferences preferences() {
        return Preferences.userRoot().node("dev/parley/ui");
    }

    @Provides
    @Singleton
    ParleyUi ui(RoomHosting hosting, Preferences preferences) {
        return new ParleyUi(hosting, preferences);
    }
}
