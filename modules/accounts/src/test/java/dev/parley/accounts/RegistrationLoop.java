package dev.parley.accounts;

import dev.parley.accounts.storage.DiskHook;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link AccountStoreCrashIT}: registers accounts until killed, saying "ACK name" after each.
 * A third argument folds the journal into accounts.json after that many registrations (the room's default otherwise).
 */
public final class RegistrationLoop {

    private RegistrationLoop() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        int compactAtLeast = args.length > 2 ? Integer.parseInt(args[2]) : AccountStore.COMPACT_AT_LEAST;
        var store = AccountStore.open(
                dir.resolve("accounts.json"),
                SaltSource.fromSecretFile(dir.resolve("server.secret")),
                1,
                Clock.systemUTC(),
                new AccountStore.Options(DiskHook.NONE, compactAtLeast));
        Object owner = new Object();
        for (int i = 0; ; i++) {
            String name = prefix + i;
            if (!store.reserve(name, owner)) {
                throw new IllegalStateException("could not reserve " + name);
            }
            store.completeRegistration(name, owner, "hash" + i);
            System.out.println("ACK " + name);
            System.out.flush();
        }
    }
}
