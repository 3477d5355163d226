package dev.parley.accounts;

import java.nio.file.Path;
import java.time.Clock;

/** Run in a child JVM by {@link AccountStoreCrashIT}: registers accounts until killed, saying "ACK name" after each. */
public final class RegistrationLoop {

    private RegistrationLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        var store = AccountStore.open(dir.resolve("accounts.json"),
                SaltSource.fromSecretFile(dir.resolve("server.secret")), 1, Clock.systemUTC());
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
