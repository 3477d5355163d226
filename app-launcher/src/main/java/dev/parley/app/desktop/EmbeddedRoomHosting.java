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
import dev.parley.ui.OwnerPass;
import dev.parley.ui.RoomHosting;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Hosts a room inside the desktop app, with the same data directory and server.json as a headless room. */
public final class EmbeddedRoomHosting implements RoomHosting {

    private final Path dataDir;
    private final Rooms rooms;

    /** @param rooms composes a room the way a headless run does (the launcher's wiring) */
    public EmbeddedRoomHosting(Path dataDir, Rooms rooms) {
        this.dataDir = dataDir;
        this.rooms = rooms;
    }

    /** server.json's historySize, or empty when the file cannot be read (starting the room would then say why). */
    @Override
    public OptionalInt historySize() {
        try {
            return OptionalInt.of(
                    ConfigFile.loadOrCreate(dataDir).toServerConfig().historySize());
        } catch (Exception e) {
            return OptionalInt.empty();
        }
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
                    .owner(settings.owner())
                    .build();
            RoomServer server = rooms.compose(dir, config, fileSettings.hashIterations());
            server.start();
            // The owner's token goes to this process's own client only, as an object: never written anywhere.
            Optional<OwnerPass> pass = config.hasOwner()
                    ? Optional.of(new OwnerPass(config.owner(), server.issueOwnerToken()))
                    : Optional.empty();
            return new Room(
                    server,
                    pass,
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
            Optional<OwnerPass> ownerPass,
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
