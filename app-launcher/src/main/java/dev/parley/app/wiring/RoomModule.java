package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.accounts.DataDirectory;
import dev.parley.accounts.StoreException;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.server.tls.RoomIdentity;
import dev.parley.server.tls.RoomIdentityFile;
import java.time.Clock;

/**
 * The server module's part of a room: the server itself, over the accounts module's stores, with the TLS identity
 * and the history kept in the same data directory.
 */
final class RoomModule extends AbstractModule {

    private final ServerConfig config;

    RoomModule(ServerConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(ServerConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    RoomServer server(ServerConfig cfg, AccountStore accounts, BanList bans, Clock clock, DataDirectory dir)
            throws StoreException {
        // made on first start and kept, so clients that remember the room's fingerprint keep trusting it
        RoomIdentity identity = cfg.tls()
                ? RoomIdentityFile.loadOrCreate(dir.resolve(RoomIdentityFile.FILE_NAME), cfg.roomName(), clock)
                : null;
        // the history too, so that it survives a restart
        return new RoomServer(cfg, accounts, bans, clock, identity, dir.resolve(RoomServer.HISTORY_FILE_NAME));
    }
}
