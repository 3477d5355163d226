package dev.parley.ui;

import dev.parley.accounts.AccountStore;
import dev.parley.accounts.AddressRange;
import dev.parley.accounts.Ban;
import dev.parley.accounts.NotSavedException;
import dev.parley.client.RoomAddress;
import dev.parley.server.BanTarget;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.testroom.RunningRoom;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Hosts rooms for UI tests: real servers, stores in a test folder, a cheap password hash. The launcher's own
 * {@code RoomAdminHostTools} cannot be used here (the launcher depends on the UI), so a plain copy of it stands in;
 * the launcher's tests check the real one.
 */
final class TestHosting implements RoomHosting {

    private final Path dir;
    private final boolean owned;
    volatile RoomServer last;
    /** The accounts of the room started last. */
    volatile AccountStore lastAccounts;

    /** Rooms owned by the name typed in the Host dialog, whose window enters as the owner, as the app's do. */
    TestHosting(Path dir) {
        this(dir, true);
    }

    private TestHosting(Path dir, boolean owned) {
        this.dir = dir;
        this.owned = owned;
    }

    /** Rooms that give the app no owner pass: the host logs in with a password, through the login dialog. */
    static TestHosting withoutOwner(Path dir) {
        return new TestHosting(dir, false);
    }

    @Override
    public OptionalInt historySize() {
        return OptionalInt.of(ServerConfig.builder().build().historySize());
    }

    @Override
    public HostedRoom start(HostSettings settings) throws Exception {
        RunningRoom running = start(
                dir,
                ServerConfig.builder()
                        .roomName(settings.roomName())
                        .port(settings.port())
                        // IPv4 and IPv6: a test can join over ::1 and so have an address apart from the others.
                        .bindAddress("*")
                        .allowGuests(settings.allowGuests())
                        .minClientVersion(settings.minClientVersion())
                        .owner(owned ? settings.owner() : "")
                        .build());
        RoomServer server = running.server();
        last = server;
        lastAccounts = running.accounts();
        var tools = new ServerTools(server);
        Optional<OwnerPass> pass = server.owner().map(name -> new OwnerPass(name, server.issueOwnerToken()));
        return new HostedRoom() {
            @Override
            public Optional<OwnerPass> ownerPass() {
                return pass;
            }

            @Override
            public HostTools tools() {
                return tools;
            }

            @Override
            public RoomAddress localAddress() {
                return new RoomAddress("127.0.0.1", server.port());
            }

            @Override
            public List<String> joinAddresses() {
                return List.of("127.0.0.1:" + server.port(), "[::1]:" + server.port());
            }

            @Override
            public boolean running() {
                return server.isRunning();
            }

            @Override
            public void stop() {
                server.stop();
            }
        };
    }

    static RoomServer startServer(Path dir, ServerConfig config) throws Exception {
        return start(dir, config).server();
    }

    private static RunningRoom start(Path dir, ServerConfig config) throws Exception {
        return RunningRoom.in(dir)
                .configured(defaults -> RunningRoom.liftedForTests(config.toBuilder()))
                .start();
    }

    private record ServerTools(RoomServer server) implements HostTools {

        @Override
        public String roomName() {
            return server.roomName();
        }

        @Override
        public Optional<String> owner() {
            return server.owner();
        }

        @Override
        public boolean setPassword(String username, char[] password) throws IOException {
            return server.setPassword(username, password);
        }

        @Override
        public List<OnlinePerson> online() {
            return server.onlineUsers().stream()
                    .map(u -> new OnlinePerson(u.username(), u.address(), u.since()))
                    .toList();
        }

        @Override
        public List<BanEntry> bans() {
            return server.bans().stream()
                    .map(b -> new BanEntry(b.address(), b.username(), b.reason(), b.expires()))
                    .toList();
        }

        @Override
        public List<SeenPerson> recentlySeen() {
            return server.recentlySeen().stream()
                    .map(u -> {
                        InetAddress address = InetAddress.ofLiteral(u.address());
                        String network = AddressRange.containing(
                                        address, AddressRange.of(address).ipv6() ? 64 : 24)
                                .toString();
                        return new SeenPerson(u.username(), u.address(), network, u.lastSeen(), u.online(), u.trips());
                    })
                    .toList();
        }

        @Override
        public Outcome ban(String target, String reason, Duration duration) throws IOException {
            BanTarget what = server.banTarget(target);
            try {
                server.ban(what, reason, duration);
                return new Outcome(what.note(), "");
            } catch (NotSavedException e) {
                return new Outcome(what.note(), e.reason());
            }
        }

        @Override
        public Outcome unban(String addressOrUsername) throws IOException {
            List<Ban> lifted = server.unban(addressOrUsername);
            return new Outcome(lifted.isEmpty() ? "No ban of " + addressOrUsername + " was in force." : "", "");
        }

        @Override
        public boolean kick(String username, String reason) {
            return server.kick(username, reason);
        }
    }
}
