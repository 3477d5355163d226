package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.LanAddresses.Interface;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanAddressesTest {

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }

    @Test
    void keepsWhatOthersCanReachIpv4First() {
        var wifi = new Interface(true, false, List.of(ip("fe80::1"), ip("fd00::5"), ip("192.168.1.5")));
        var ethernet = new Interface(true, false, List.of(ip("10.0.0.7"), ip("2001:db8::7")));
        var loopback = new Interface(true, true, List.of(ip("127.0.0.1"), ip("::1")));
        var down = new Interface(false, false, List.of(ip("172.16.0.9")));
        var odd = new Interface(true, false, List.of(ip("127.0.0.5"), ip("0.0.0.0"), ip("169.254.3.4")));

        assertThat(LanAddresses.reachable(List.of(wifi, ethernet, loopback, down, odd)))
                .containsExactly(ip("10.0.0.7"), ip("192.168.1.5"), ip("2001:db8::7"), ip("fd00::5"));
    }

    @Test
    void noInterfacesNoAddresses() {
        assertThat(LanAddresses.reachable(List.of())).isEmpty();
        assertThat(LanAddresses.reachable(List.of(new Interface(true, true, List.of(ip("127.0.0.1"))))))
                .isEmpty();
    }

    @Test
    void joinAddressesBracketIpv6AndDropTheZone() throws Exception {
        assertThat(LanAddresses.hostAndPort(ip("192.168.1.5"), 5050)).isEqualTo("192.168.1.5:5050");
        assertThat(LanAddresses.hostAndPort(ip("fd00::5"), 6000)).isEqualTo("[fd00:0:0:0:0:0:0:5]:6000");
        var scoped = Inet6Address.getByAddress(null, ip("fd00::5").getAddress(), 3);
        assertThat(LanAddresses.hostAndPort(scoped, 5050)).isEqualTo("[fd00:0:0:0:0:0:0:5]:5050");
    }

    @Test
    void thisMachinesAddressesAreNeitherLoopbackNorLinkLocal() {
        List<InetAddress> found = LanAddresses.find();

        assertThat(found)
                .noneMatch(InetAddress::isLoopbackAddress)
                .noneMatch(InetAddress::isLinkLocalAddress)
                .noneMatch(InetAddress::isAnyLocalAddress);
        assertThat(found)
                .isSortedAccordingTo((a, b) -> Boolean.compare(a instanceof Inet6Address, b instanceof Inet6Address));
        assertThat(LanAddresses.joinAddresses(5050)).hasSize(found.size()).allMatch(a -> a.endsWith(":5050"));
    }
}
