package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import java.time.Clock;

/** The server module's part of a room: the server itself, over the accounts module's stores. */
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
    RoomServer server(ServerConfig cfg, AccountStore accounts, BanList bans, Clock clock) {
        return new RoomServer(cfg, accounts, bans, clock);
    }
}
