package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.parley.app.desktop.EmbeddedRoomHosting;
import dev.parley.app.discovery.DnsSdRoomFinder;
import dev.parley.client.KnownRooms;
import dev.parley.ui.ParleyUi;
import dev.parley.ui.RoomFinder;
import dev.parley.ui.RoomHosting;
import dev.parley.ui.SwingWindows;
import dev.parley.ui.Windows;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI module's part of a desktop run: its windows, where they remember things, and the rooms they can host.
 * A window needs values known only when it opens (a connection, the room just started), so the injector composes
 * the windows' factory, {@link Windows}, and {@link ParleyUi} over it; the UI's flow asks the factory for each
 * window as the person moves through them.
 */
final class DesktopModule extends AbstractModule {

    private static final Logger log = LoggerFactory.getLogger(DesktopModule.class);

    private final Path dataDir;

    DesktopModule(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * The fingerprint trusted for each room joined, in known-rooms.json beside the rooms' data. A folder that cannot
     * be read leaves the app trusting rooms for this run only, rather than not starting.
     */
    @Provides
    @Singleton
    KnownRooms knownRooms() {
        try {
            return KnownRooms.in(dataDir);
        } catch (IOException e) {
            log.warn(
                    "Cannot read the known rooms in {} ({}); rooms are trusted for this run only",
                    dataDir,
                    e.toString());
            return KnownRooms.inMemory();
        }
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

    /** The rooms announced on the local network, for the Join dialog. */
    @Provides
    @Singleton
    RoomFinder finder() {
        return new DnsSdRoomFinder(null);
    }

    /** The windows' factory: each window gets what only its moment knows (a connection, an owner) when made. */
    @Provides
    @Singleton
    Windows windows(RoomHosting hosting, KnownRooms knownRooms, RoomFinder finder) {
        // ui-preferences.json beside known-rooms.json: each --data-dir remembers its own rooms and places
        return new SwingWindows(hosting, dataDir, knownRooms, finder);
    }

    @Provides
    @Singleton
    ParleyUi ui(Windows windows) {
        return new ParleyUi(windows);
    }
}
