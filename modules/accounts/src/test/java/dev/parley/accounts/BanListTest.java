package dev.parley.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BanListTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();

    @Test
    void bansAnIpv4AddressAcrossRestarts() throws Exception {
        BanList bans = open();
        bans.add("192.168.0.7", null, "spam", null);

        BanList reloaded = open();
        assertThat(reloaded.forAddress(InetAddress.ofLiteral("192.168.0.7"))).isPresent();
        assertThat(reloaded.forAddress(InetAddress.ofLiteral("192.168.0.8"))).isEmpty();
        assertThat(reloaded.active())
                .singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("spam"));
    }

    @Test
    void ipv6AddressesMatchWhateverTheirSpelling() throws Exception {
        BanList bans = open();
        bans.add("[2001:DB8:0:0::1]", null, "", null);

        assertThat(bans.forAddress(InetAddress.ofLiteral("2001:db8::1"))).isPresent();
        assertThat(bans.forAddress(InetAddress.ofLiteral("2001:db8::2"))).isEmpty();
    }

    @Test
    void userBanCarriesTheirAddress() throws Exception {
        BanList bans = open();
        bans.add("10.1.1.1", "Mallory", "", Duration.ofHours(1));

        assertThat(bans.forUser("mallory")).isPresent();
        assertThat(bans.forAddress(InetAddress.ofLiteral("10.1.1.1"))).isPresent();
    }

    @Test
    void expiredBansStopCountingAndLeaveTheFile() throws Exception {
        BanList bans = open();
        bans.add("10.0.0.1", null, "", Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(11));

        assertThat(bans.forAddress(InetAddress.ofLiteral("10.0.0.1"))).isEmpty();
        assertThat(bans.active()).isEmpty();
        bans.add("10.0.0.2", null, "", null);
        assertThat(Files.readString(dir.resolve("bans.json"))).doesNotContain("10.0.0.1");
    }

    @Test
    void unbanByAddressOrUser() throws Exception {
        BanList bans = open();
        bans.add("10.0.0.1", null, "", null);
        bans.add("10.0.0.2", "eve", "", null);

        assertThat(bans.remove("EVE")).hasSize(1);
        assertThat(bans.remove("10.0.0.1")).hasSize(1);
        assertThat(bans.remove("10.0.0.1")).isEmpty();
        assertThat(open().active()).isEmpty();
    }

    @Test
    void hostNamesAreRefusedNotLookedUp() {
        assertThatThrownBy(() -> open().add("example.org", null, "", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.7",
                "127.1",
                "2130706441",
                "10.0.7",
                "1.2.3.4.5",
                "1.2.3.256",
                "010.0.0.1",
                "0x7f.0.0.1",
                "example.org",
                "",
                "alice",
                "1.2.3.",
                "::ffff:127.1",
                "1::2::3",
                "fe80::1%",
                "1.2.3.4%1",
                "[1.2.3.4]",
                "12:34",
                "eve:1"
            })
    void onlyFullAddressesAreAddresses(String text) {
        assertThat(BanList.isAddress(text)).as(text).isFalse();
        assertThatThrownBy(() -> BanList.normalizeAddress(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an IP address");
    }

    @ParameterizedTest
    @CsvSource({
        "192.168.0.7, 192.168.0.7",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "::1, 0:0:0:0:0:0:0:1",
        "[::1], 0:0:0:0:0:0:0:1",
        "2001:DB8:0:0::1, 2001:db8:0:0:0:0:0:1",
        "::, 0:0:0:0:0:0:0:0",
        "fe80::1%eth0, fe80:0:0:0:0:0:0:1",
        "::ffff:10.0.0.7, 10.0.0.7",
        "' 10.1.2.3 ', 10.1.2.3"
    })
    void fullAddressesAreNormalized(String text, String canonical) {
        assertThat(BanList.isAddress(text)).as(text).isTrue();
        assertThat(BanList.normalizeAddress(text)).isEqualTo(canonical);
    }

    @Test
    void aLinkLocalPeerIsBannedWhateverItsInterface() throws Exception {
        BanList bans = open();
        bans.add("fe80::1%7", null, "", null);

        assertThat(bans.forAddress(java.net.Inet6Address.getByAddress(
                        null, InetAddress.ofLiteral("fe80::1").getAddress(), 3)))
                .isPresent();
        assertThat(open().active())
                .singleElement()
                .satisfies(b -> assertThat(b.address()).isEqualTo("fe80:0:0:0:0:0:0:1"));
    }

    @Test
    void aUserNamedLikeAShortAddressIsBannedAsAUser() throws Exception {
        BanList bans = open();
        assertThatThrownBy(() -> bans.add("10.7", null, "", null)).isInstanceOf(IllegalArgumentException.class);
        bans.add(null, "10.7", "", null);

        assertThat(bans.forUser("10.7")).isPresent();
        assertThat(bans.forAddress(InetAddress.ofLiteral("10.0.0.7"))).isEmpty();
        assertThat(bans.remove("10.7")).hasSize(1);
    }

    @Test
    void unreadableFileStopsWithAClearMessage() throws Exception {
        Files.writeString(dir.resolve("bans.json"), "[not json");
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class).hasMessageContaining("bans.json");
    }

    private BanList open() throws StoreException {
        return BanList.open(dir.resolve("bans.json"), clock);
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
