package dev.parley.app.desktop;

import dev.parley.accounts.DataDirectory;
import dev.parley.accounts.StoreException;
import dev.parley.app.config.ConfigFile;
import dev.parley.app.config.ServerSettings;
import dev.parley.app.discovery.Announcement;
import dev.parley.app.discovery.RoomAnnouncer;
import dev.parley.client.RoomAddress;
import dev.parley.server.LanAddresses;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.ui.HostSettings;
import dev.parley.ui.HostTools;
import dev.parley.ui.HostedRoom;
import dev.parley.ui.RoomHosting;
import java.nio.file.Path;
import java.util.List;

/** Hosts a room inside the desktop app, with the same data directory and server.json as a headless room. */
public final class EmbeddedRoomHosting implements RoomHosting {

    private final Path dataDir;
    private final Rooms rooms;

    /** @param rooms composes a room the way a headless run does (the launcher's wiring) */
    public EmbeddedRoomHosting(Path dataDir, Rooms rooms) {
        this.dataDir = dataDir;
        this.rooms = rooms;
    }

    @Override
    public HostedRoom start(HostSettings settings) throws Exception {
        DataDirectory dir = DataDirectory.open(dataDir);
        try {
            ServerSettings fileSettings = ConfigFile.loadOrCreate(dir.root());
            ServerConfig config = fileSettings.toServerConfig().toBuilder()
                    .roomName(settings.roomName())
                    .port(settings.port())
                    .allowGuests(settings.allowGuests())
                    .minClientVersion(settings.minClientVersion())
                    .requireTls(settings.requireTls())
                    .announce(settings.announce())
                    .build();
            RoomServer server = rooms.compose(dir, config, fileSettings.hashIterations());
            server.start();
            return new Room(
                    server,
                    RoomAnnouncer.announce(server, config),
                    dir,
                    new RoomAdminHostTools(server),
                    LocalRoomAddress.of(config.bindAddress(), server.port()),
                    LocalRoomAddress.isEveryInterface(config.bindAddress()));
        } catch (Exception e) {
            dir.close();
            throw e;
        }
    }

    /** Makes a room, not yet started, over a locked data directory. */
    @FunctionalInterface
    public interface Rooms {
        RoomServer compose(DataDirectory dir, ServerConfig config, int hashIterations) throws StoreException;
    }

    private record Room(
            RoomServer server,
            Announcement announcement,
            DataDirectory dir,
            HostTools tools,
            RoomAddress localAddress,
            boolean onEveryInterface)
            implements HostedRoom {

        /** Every LAN address when the room listens on all of them; else the one it is bound to. */
        @Override
        public List<String> joinAddresses() {
            return onEveryInterface ? LanAddresses.joinAddresses(server.port()) : List.of(localAddress.toString());
        }

        @Override
        public boolean running() {
            return server.isRunning();
        }

        @Override
        public void stop() {
            announcement.close();
            server.stop();
            dir.close();
        }
    }
}
