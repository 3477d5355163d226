package dev.parley.app.desktop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.app.wiring.RoomComposer;
import dev.parley.app.wiring.RunInjector;
import dev.parley.client.ClientListener;
import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.ui.HostSettings;
import dev.parley.ui.HostTools;
import dev.parley.ui.HostTools.BanEntry;
import dev.parley.ui.HostTools.OnlinePerson;
import dev.parley.ui.HostedRoom;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop host's tools on a room hosted as the app hosts it ({@link EmbeddedRoomHosting}, server.json in the
 * data directory). One room for the class; each test uses people and addresses of its own.
 */
class RoomAdminHostToolsIT {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true, UTF_8);

    @TempDir
    static Path dataDir;

    static HostedRoom room;
    static HostTools tools;
    private static final List<ParleyClient> clients = new ArrayList<>();

    @BeforeAll
    static void hostRoom() throws Exception {
        // Bound to loopback only: the app must connect to the address it is bound to.
        Files.writeString(dataDir.resolve("server.json"), """
                {"bindAddress": "127.0.0.1", "passwordHashIterations": 1}
                """);
        RoomComposer composer = RunInjector.headless(NOWHERE).getInstance(RoomComposer.class);
        room = new EmbeddedRoomHosting(
                        dataDir,
                        (dir, config, iterations) ->
                                composer.compose(dir, config, iterations).server())
                .start(new HostSettings("Tools room", 0, false, new ParleyVersion(0, 0, 0), false, false));
        tools = room.tools();
    }

    @AfterAll
    static void stopRoom() {
        clients.forEach(ParleyClient::close);
        if (room != null) {
            room.stop();
        }
    }

    @Test
    void theAppReachesItsRoomAtTheBoundAddressAndOthersAreToldIt() throws Exception {
        RoomAddress local = room.localAddress();
        assertThat(local.host()).isEqualTo("127.0.0.1");
        assertThat(room.joinAddresses()).containsExactly("127.0.0.1:" + local.port());
        assertThat(tools.roomName()).isEqualTo("Tools room");
        try (var client = ParleyClient.connect(local.host(), local.port())) {
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void theHostSeesTheFingerprintOfTheIdentityKeptInTheDataDirectory() throws Exception {
        var kept = (X509Certificate) readIdentity().getCertificate("room");

        assertThat(tools.certificateFingerprint()).contains(Fingerprint.of(kept).toString());
        assertThat(tools.certificateFingerprint().orElseThrow()).matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
    }

    private static KeyStore readIdentity() throws Exception {
        var store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(dataDir.resolve("room-identity.p12"))) {
            store.load(in, "parley".toCharArray());
        }
        return store;
    }

    @Test
    void onlineSaysWhoIsInFromWhereAndSinceWhen() throws Exception {
        logIn("olive");

        assertThat(tools.online())
                .filteredOn(p -> p.username().equals("olive"))
                .singleElement()
                .extracting(OnlinePerson::address)
                .isEqualTo("127.0.0.1");
        assertThat(tools.online()).allSatisfy(p -> assertThat(p.since()).isNotNull());
    }

    @Test
    void anAddressIsBannedListedAndLifted() throws Exception {
        HostTools.Outcome banned = tools.ban("203.0.113.7", "flooding", Duration.ofHours(1));

        assertThat(banned).isEqualTo(HostTools.Outcome.DONE);
        assertThat(tools.bans())
                .filteredOn(b -> "203.0.113.7".equals(b.address()))
                .singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("flooding"))
                .satisfies(b -> assertThat(b.expires()).isNotNull())
                .extracting(BanEntry::target)
                .isEqualTo("203.0.113.7");

        assertThat(tools.unban("203.0.113.7")).isEqualTo(HostTools.Outcome.DONE);
        assertThat(tools.bans()).noneMatch(b -> "203.0.113.7".equals(b.address()));
    }

    @Test
    void aNameThatReadsAsAnAddressBansTheUserAndSaysSo() throws Exception {
        logIn("10.9.8.7");

        HostTools.Outcome banned = tools.ban("10.9.8.7", "", null);

        assertThat(banned.note()).contains("\"10.9.8.7\" is a user here").contains("[10.9.8.7]");
        assertThat(tools.bans())
                .filteredOn(b -> "10.9.8.7".equals(b.username()))
                .singleElement()
                .satisfies(b -> assertThat(b.expires()).isNull())
                .extracting(BanEntry::target)
                .isEqualTo("10.9.8.7");
        assertThat(tools.unban("10.9.8.7").saved()).isTrue();
    }

    @Test
    void aRangeIsBannedListedAndLiftedAndABadOneIsExplained() throws Exception {
        assertThatThrownBy(() -> tools.ban("198.51.100.9/24", "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean 198.51.100.0/24");

        assertThat(tools.ban("[2001:DB8::]/32", "lab", null)).isEqualTo(HostTools.Outcome.DONE);

        assertThat(tools.bans())
                .filteredOn(b -> "2001:db8::/32".equals(b.address()))
                .singleElement()
                .extracting(BanEntry::target)
                .isEqualTo("2001:db8::/32");
        assertThat(tools.unban("2001:db8::/32")).isEqualTo(HostTools.Outcome.DONE);
    }

    @Test
    void recentlySeenListsWhoLoggedInWithTheirNetwork() throws Exception {
        logIn("sasha");

        assertThat(tools.recentlySeen())
                .filteredOn(p -> "sasha".equals(p.username()))
                .singleElement()
                .satisfies(p -> assertThat(p.address()).isEqualTo("127.0.0.1"))
                .satisfies(p -> assertThat(p.network()).isEqualTo("127.0.0.0/24"))
                .satisfies(p -> assertThat(p.online()).isTrue())
                .satisfies(p -> assertThat(p.trips()).isEmpty());
    }

    @Test
    void anIpv6PersonsNetworkIsTheirSlash64() {
        var seen = RoomAdminHostTools.person(new dev.parley.server.SeenUser(
                null,
                "2001:db8:0:7:0:0:0:9",
                java.time.Instant.EPOCH,
                false,
                java.util.Map.of("too_many_connections", 4)));
        assertThat(seen.network()).isEqualTo("2001:db8:0:7::/64");
        assertThat(seen.trips()).containsEntry("too_many_connections", 4);
        var linkLocal = RoomAdminHostTools.person(new dev.parley.server.SeenUser(
                "ann", "fe80:0:0:0:0:0:0:1%2", java.time.Instant.EPOCH, true, java.util.Map.of()));
        assertThat(linkLocal.network()).isEqualTo("fe80::/64");
    }

    @Test
    void banningSomeoneUnknownIsRefusedWithAReason() {
        assertThatThrownBy(() -> tools.ban("nobody-here", "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody-here");
    }

    @Test
    void liftingABanThatIsNotThereSaysSo() throws Exception {
        assertThat(tools.unban("198.51.100.1").note()).isEqualTo("No ban of 198.51.100.1 was in force.");
    }

    @Test
    void kickDisconnectsSomeoneOnlineAndIsFalseForSomeoneWhoIsNot() throws Exception {
        ParleyClient kim = logIn("kim");
        var kicked = new CompletableFuture<ServerMessage>();
        kim.addListener(new ClientListener() {
            @Override
            public void onMessage(ServerMessage message) {
                if (message instanceof ServerMessage.ProtocolError e && e.is(ErrorCode.KICKED)) {
                    kicked.complete(message);
                }
            }

            @Override
            public void onDisconnected(String reason) {}
        });

        assertThat(tools.kick("kim")).isTrue();
        kicked.get(10, TimeUnit.SECONDS);
        assertThat(tools.kick("kim")).isFalse();
    }

    private static ParleyClient logIn(String user) throws Exception {
        RoomAddress local = room.localAddress();
        ParleyClient client = ParleyClient.connect(local.host(), local.port());
        clients.add(client);
        client.register(user, ("pw-" + user).toCharArray()).get(10, TimeUnit.SECONDS);
        return client;
    }
}
