package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.accounts.DataDirectory;
import dev.parley.accounts.SaltSource;
import dev.parley.accounts.StoreException;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import java.time.Clock;

/** Composes a room server from a locked data directory and its settings. */
public final class ServerModule extends AbstractModule {

    private final DataDirectory dataDir;
    private final ServerConfig config;
    private final int hashIterations;

    public ServerModule(DataDirectory dataDir, ServerConfig config, int hashIterations) {
        this.dataDir = dataDir;
        this.config = config;
        this.hashIterations = hashIterations;
    }

    @Override
    protected void configure() {
        bind(DataDirectory.class).toInstance(dataDir);
        bind(ServerConfig.class).toInstance(config);
        bind(Clock.class).toInstance(Clock.systemUTC());
    }

    @Provides
    @Singleton
    AccountStore accounts(DataDirectory dir, Clock clock) throws StoreException {
        SaltSource salts = SaltSource.fromSecretFile(dir.resolve("server.secret"));
        return AccountStore.open(dir.resolve("accounts.json"), salts, hashIterations, clock);
    }

    @Provides
    @Singleton
    BanList bans(DataDirectory dir, Clock clock) throws StoreException {
        return BanList.open(dir.resolve("bans.json"), clock);
    }

    @Provides
    @Singleton
    RoomServer server(ServerConfig cfg, AccountStore accounts, BanList bans, Clock clock) {
        return new RoomServer(cfg, accounts, bans, clock);
    }
}
