package dev.parley.ui;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.accounts.SaltSource;
import dev.parley.server.RoomAdmin;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Hosts rooms for UI tests: real servers on loopback, stores in a test folder, a cheap password hash. */
final class TestHosting implements RoomHosting {

    private final Path dir;
    volatile RoomServer last;

    TestHosting(Path dir) {
        this.dir = dir;
    }

    @Override
    public HostedRoom start(HostSettings settings) throws Exception {
        RoomServer server = startServer(dir, ServerConfig.builder()
                .roomName(settings.roomName())
                .port(settings.port())
                // Every interface, so a test can join over IPv6 loopback and be told apart from IPv4 ones.
                .bindAddress("*")
                .allowGuests(settings.allowGuests())
                .minClientVersion(settings.minClientVersion())
                .build());
        last = server;
        return new HostedRoom() {
            @Override
            public RoomAdmin admin() {
                return server;
            }

            @Override
            public int port() {
                return server.port();
            }

            @Override
            public List<String> joinAddresses() {
                return List.of("127.0.0.1:" + server.port(), "[::1]:" + server.port());
            }

            @Override
            public void stop() {
                server.stop();
            }
        };
    }

    static RoomServer startServer(Path dir, ServerConfig config) throws Exception {
        Files.createDirectories(dir);
        var accounts = AccountStore.open(dir.resolve("accounts.json"),
                SaltSource.fromSecretFile(dir.resolve("server.secret")), 1, Clock.systemUTC());
        var bans = BanList.open(dir.resolve("bans.json"), Clock.systemUTC());
        var server = new RoomServer(config, accounts, bans, Clock.systemUTC());
        server.start();
        return server;
    }
}
