package dev.parley.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRangeTest {

    @ParameterizedTest
    @CsvSource({
        "192.168.1.0/24, 192.168.1.0/24",
        "' 10.0.0.0/8 ', 10.0.0.0/8",
        "0.0.0.0/1, 0.0.0.0/1",
        "128.0.0.0/1, 128.0.0.0/1",
        "10.0.0.7/32, 10.0.0.7",
        "2001:db8::/32, 2001:db8::/32",
        "2001:DB8:0:0::/64, 2001:db8::/64",
        "[2001:db8::]/32, 2001:db8::/32",
        "[2001:db8::/32], 2001:db8::/32",
        "[10.0.0.0/8], 10.0.0.0/8",
        "fe80::/10, fe80::/10",
        "2001:db8:0:1::/64, 2001:db8:0:1::/64",
        "2001:0:0:1::/64, 2001:0:0:1::/64",
        "::1/128, 0:0:0:0:0:0:0:1",
        "::ffff:10.0.0.0/104, 10.0.0.0/8",
        "::ffff:10.0.0.7/128, 10.0.0.7",
        "8000::/1, 8000::/1"
    })
    void rangesAreReadAndWrittenCanonically(String text, String canonical) {
        assertThat(AddressRange.parse(text)).hasToString(canonical);
        assertThat(BanList.normalizeAddressOrRange(text)).isEqualTo(canonical);
        assertThat(AddressRange.parse(canonical)).isEqualTo(AddressRange.parse(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "192.168.1.7/24| is not the first address of its network: did you mean 192.168.1.0/24 "
                        + "(192.168.1.0 to 192.168.1.255), or the one address 192.168.1.7?",
                "2001:db8::1/32| did you mean 2001:db8::/32 (2001:db8:: to 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff)",
                "0.0.0.0/0| would ban every IPv4 address",
                "::/0| would ban every IPv6 address",
                "::ffff:0.0.0.0/96| IPv4-mapped network",
                "::ffff:10.0.0.0/8| IPv4-mapped network",
                "10.0.0.0/33| an IPv4 prefix is at most /32",
                "2001:db8::/129| an IPv6 prefix is at most /128",
                "10.0.0.0/| after \"/\" comes the prefix length",
                "10.0.0.0/024| after \"/\" comes the prefix length",
                "10.0.0.0/-8| after \"/\" comes the prefix length",
                "10.0.0.0/8/8| is not an address range",
                "10.0/8| is not an IP address",
                "example.org/24| is not an IP address",
                "/24| is not an IP address",
                "[10.0.0.0]/8]| is not an address range",
                "1::2::3/64| is not an IP address",
                "10.0.0.0 /8| is not an address range"
            })
    void nonsenseIsRefusedSayingWhy(String text, String why) {
        assertThatThrownBy(() -> AddressRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }

    @Test
    void anIpv4NetworkHoldsItsAddressesFromFirstToLast() {
        AddressRange net = AddressRange.parse("192.168.1.0/24");
        assertThat(net.contains(ip("192.168.1.0"))).isTrue();
        assertThat(net.contains(ip("192.168.1.255"))).isTrue();
        assertThat(net.contains(ip("192.168.0.255"))).isFalse();
        assertThat(net.contains(ip("192.168.2.0"))).isFalse();
        assertThat(net.first()).isEqualTo("192.168.1.0");
        assertThat(net.last()).isEqualTo("192.168.1.255");
        assertThat(AddressRange.parse("0.0.0.0/1").contains(ip("127.255.255.255")))
                .isTrue();
        assertThat(AddressRange.parse("0.0.0.0/1").contains(ip("128.0.0.0"))).isFalse();
        assertThat(AddressRange.parse("128.0.0.0/1").contains(ip("255.255.255.255")))
                .isTrue();
        assertThat(AddressRange.parse("10.1.2.2/31").prefix()).isEqualTo(31);
    }

    @Test
    void anIpv6NetworkHoldsItsAddressesAcrossTheMiddleOfTheBits() {
        AddressRange net = AddressRange.parse("2001:db8::/32");
        assertThat(net.contains(ip("2001:db8::"))).isTrue();
        assertThat(net.contains(ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"))).isTrue();
        assertThat(net.contains(ip("2001:db9::"))).isFalse();
        assertThat(net.contains(ip("10.0.0.1"))).isFalse();

        AddressRange wide = AddressRange.parse("2001:db8:0:0:8000::/65");
        assertThat(wide.contains(ip("2001:db8::8000:0:0:1"))).isTrue();
        assertThat(wide.contains(ip("2001:db8::7fff:0:0:1"))).isFalse();
        assertThat(wide.last()).isEqualTo("2001:db8::ffff:ffff:ffff:ffff");

        AddressRange pair = AddressRange.parse("2001:db8::/127");
        assertThat(pair.contains(ip("2001:db8::1"))).isTrue();
        assertThat(pair.contains(ip("2001:db8::2"))).isFalse();
    }

    @Test
    void anIpv4MappedPeerIsItsIpv4Address() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = 10;
        mapped[15] = 7;
        // How an IPv6 socket may hand over an IPv4 peer; the JDK mostly makes it an Inet4Address, but not always.
        InetAddress peer = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(AddressRange.parse("10.0.0.0/8").contains(peer)).isTrue();
        assertThat(AddressRange.parse("::ffff:10.0.0.0/104").contains(peer)).isTrue();
        assertThat(AddressRange.of(peer)).isEqualTo(AddressRange.parse("10.0.0.7"));
    }

    @Test
    void theInterfaceOfALinkLocalPeerDoesNotMatter() throws Exception {
        InetAddress scoped = Inet6Address.getByAddress(null, ip("fe80::1").getAddress(), 3);
        assertThat(AddressRange.parse("fe80::/64").contains(scoped)).isTrue();
        assertThat(AddressRange.parse("fe80::1%eth0/128")).isEqualTo(AddressRange.of(ip("fe80::1")));
    }

    @Test
    void onlyASlashMakesARange() {
        assertThat(AddressRange.looksLikeRange("10.0.0.0/8")).isTrue();
        assertThat(AddressRange.looksLikeRange("10.0.0.1")).isFalse();
        assertThat(AddressRange.looksLikeRange("mallory")).isFalse();
    }

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }
}
