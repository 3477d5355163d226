package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.accounts.DataDirectory;
import dev.parley.accounts.SaltSource;
import dev.parley.accounts.StoreException;
import java.time.Clock;

/** The accounts module's part of a room: its account store and ban list, kept in a locked data directory. */
final class AccountsModule extends AbstractModule {

    private final DataDirectory dataDir;
    private final int hashIterations;

    AccountsModule(DataDirectory dataDir, int hashIterations) {
        this.dataDir = dataDir;
        this.hashIterations = hashIterations;
    }

    @Override
    protected void configure() {
        bind(DataDirectory.class).toInstance(dataDir);
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
}
