package dev.parley.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.accounts.BanListTest.MutableClock;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BanListRangeTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();

    @Test
    void aRangeBansEveryAddressInItAndNoOther() throws Exception {
        BanList bans = open();
        bans.add("192.168.1.0/24", null, "dorm", null);
        bans.add("2001:db8::/32", null, "", null);

        assertThat(bans.forAddress(ip("192.168.1.0"))).isPresent();
        assertThat(bans.forAddress(ip("192.168.1.77"))).isPresent();
        assertThat(bans.forAddress(ip("192.168.1.255"))).isPresent();
        assertThat(bans.forAddress(ip("192.168.0.255"))).isEmpty();
        assertThat(bans.forAddress(ip("192.168.2.0"))).isEmpty();
        assertThat(bans.forAddress(ip("2001:db8:1234::5"))).isPresent();
        assertThat(bans.forAddress(ip("2001:db9::5"))).isEmpty();
        assertThat(bans.forAddress(ip("::ffff:192.168.1.9")))
                .as("an IPv4-mapped peer")
                .isPresent();
    }

    @Test
    void rangesLastAcrossRestartsBesideOlderBansInTheSameFile() throws Exception {
        BanList bans = open();
        bans.add("10.0.0.0/8", null, "lab", Duration.ofDays(1));
        bans.add("[2001:db8::]/48", null, "", null);
        bans.add("203.0.113.9", "eve", "", null);

        BanList reloaded = open();
        assertThat(reloaded.active())
                .extracting(Ban::address)
                .containsExactlyInAnyOrder("10.0.0.0/8", "2001:db8::/48", "203.0.113.9");
        assertThat(reloaded.forAddress(ip("10.200.3.4"))).isPresent();
        assertThat(reloaded.forAddress(ip("2001:db8:0:ffff::1"))).isPresent();
        assertThat(Files.readString(dir.resolve("bans.json")))
                .contains("\"address\" : \"10.0.0.0/8\"")
                .contains("\"address\" : \"2001:db8::/48\"");
    }

    @Test
    void aFileFromBeforeRangesIsStillRead() throws Exception {
        Files.writeString(dir.resolve("bans.json"), """
                {
                  "format" : 1,
                  "bans" : [ {
                    "address" : "192.168.0.7",
                    "username" : null,
                    "reason" : "spam",
                    "created" : "2025-06-01T10:00:00Z",
                    "expires" : null
                  }, {
                    "address" : "2001:db8:0:0:0:0:0:1",
                    "username" : "mallory",
                    "reason" : "",
                    "created" : "2025-06-01T10:00:00Z",
                    "expires" : "2027-01-01T00:00:00Z"
                  } ]
                }
                """);

        BanList bans = open();
        assertThat(bans.forAddress(ip("192.168.0.7"))).isPresent();
        assertThat(bans.forAddress(ip("192.168.0.8"))).isEmpty();
        assertThat(bans.forAddress(ip("2001:db8::1"))).isPresent();
        assertThat(bans.forUser("Mallory")).isPresent();
        assertThat(bans.active()).extracting(Ban::address).containsExactly("192.168.0.7", "2001:db8:0:0:0:0:0:1");
    }

    @Test
    void aFileWithABrokenRangeStopsWithAClearMessage() throws Exception {
        Files.writeString(dir.resolve("bans.json"), """
                {"format": 1, "bans": [{"address": "10.0.0.1/8", "reason": ""}]}
                """);
        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("bans.json")
                .hasMessageContaining("10.0.0.1/8")
                .hasMessageContaining("did you mean 10.0.0.0/8");
    }

    @Test
    void aRangeIsLiftedByItsNameInAnySpelling() throws Exception {
        BanList bans = open();
        bans.add("2001:db8::/32", null, "", null);
        bans.add("10.0.0.0/8", null, "", null);

        assertThat(bans.remove("10.0.0.7"))
                .as("an address inside is not the range")
                .isEmpty();
        assertThat(bans.remove("[2001:DB8:0::]/32")).hasSize(1);
        assertThat(bans.remove("10.0.0.0/8")).hasSize(1);
        assertThat(bans.forAddress(ip("10.0.0.7"))).isEmpty();
        assertThat(open().active()).isEmpty();
    }

    @Test
    void aRangeExpiresLikeAnyBan() throws Exception {
        BanList bans = open();
        bans.add("10.0.0.0/8", null, "", Duration.ofHours(1));
        bans.add("10.1.0.0/16", null, "", Duration.ofHours(3));
        clock.advance(Duration.ofHours(2));

        assertThat(bans.forAddress(ip("10.2.0.1"))).isEmpty();
        assertThat(bans.forAddress(ip("10.1.0.1")))
                .as("the narrower ban still stands")
                .get()
                .extracting(Ban::address)
                .isEqualTo("10.1.0.0/16");
    }

    @Test
    void aSlash32IsTheAddressItself() throws Exception {
        BanList bans = open();
        bans.add("10.0.0.7/32", null, "", null);
        assertThat(bans.active()).extracting(Ban::address).containsExactly("10.0.0.7");
        assertThat(bans.remove("10.0.0.7")).hasSize(1);
    }

    @Test
    void nonsenseIsNotBanned() throws Exception {
        BanList bans = open();
        assertThatThrownBy(() -> bans.add("0.0.0.0/0", null, "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every IPv4 address");
        assertThatThrownBy(() -> bans.add("192.168.1.7/24", null, "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("192.168.1.0/24");
        assertThat(bans.active()).isEmpty();
    }

    @Test
    void hundredsOfRangesFindTheRightOne() throws Exception {
        BanList bans = open();
        for (int i = 0; i < 300; i++) {
            bans.add("10." + i / 256 + "." + i % 256 + ".0/24", null, "n" + i, null);
            bans.add("2001:db8:" + Integer.toHexString(i) + "::/48", null, "v6-" + i, null);
        }
        assertThat(bans.forAddress(ip("10.1.2.3")))
                .get()
                .extracting(Ban::reason)
                .isEqualTo("n258");
        assertThat(bans.forAddress(ip("2001:db8:12b::9")))
                .get()
                .extracting(Ban::reason)
                .isEqualTo("v6-299");
        assertThat(bans.forAddress(ip("10.1.44.3"))).isEmpty();
        assertThat(bans.forAddress(ip("2001:db8:12c::9"))).isEmpty();
    }

    private BanList open() throws StoreException {
        return BanList.open(dir.resolve("bans.json"), clock);
    }

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }
}
