package dev.parley.server;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.accounts.SaltSource;
import java.nio.file.Path;
import java.time.Clock;

/** A room in a JVM of its own, for tests that limit what the process may use: prints its port, stops at EOF. */
public final class ChildRoom {

    private ChildRoom() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        var accounts = AccountStore.open(
                dir.resolve("accounts.json"),
                SaltSource.fromSecretFile(dir.resolve("server.secret")),
                1,
                Clock.systemUTC());
        var bans = BanList.open(dir.resolve("bans.json"), Clock.systemUTC());
        var server = new RoomServer(
                ServerConfig.builder()
                        .port(0)
                        .bindAddress("127.0.0.1")
                        // AcceptorIT runs the room out of file descriptors from one address: past the room's own
                        // caps, which would otherwise keep it below its file limit.
                        .maxConnectionsPerAddress(100_000)
                        .newConnectionBurstPerAddress(100_000)
                        .maxConnections(100_000)
                        .build(),
                accounts,
                bans,
                Clock.systemUTC());
        server.start();
        System.out.println("PORT " + server.port());
        System.out.flush();
        while (System.in.read() >= 0) {
            // the test closes our input to stop us
        }
        server.stop();
        System.exit(0);
    }
}
