package dev.parley.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The addresses others on the network can reach this machine at, to show a host what to tell people. */
public final class LanAddresses {

    private LanAddresses() {}

    /** Addresses of interfaces that are up and not loopback; IPv4 first, link-local IPv6 left out. */
    public static List<InetAddress> find() {
        var interfaces = new ArrayList<Interface>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                interfaces.add(new Interface(nif.isUp(), nif.isLoopback(), Collections.list(nif.getInetAddresses())));
            }
        } catch (SocketException e) {
            return List.of();
        }
        return reachable(interfaces);
    }

    /** One network interface as {@link #reachable} needs it. */
    record Interface(boolean up, boolean loopback, List<InetAddress> addresses) {}

    /** The addresses others can reach of these interfaces, IPv4 first, each family in text order. */
    static List<InetAddress> reachable(List<Interface> interfaces) {
        var out = new ArrayList<InetAddress>();
        for (Interface nif : interfaces) {
            if (!nif.up() || nif.loopback()) {
                continue;
            }
            for (InetAddress a : nif.addresses()) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress() && !a.isAnyLocalAddress()) {
                    out.add(a);
                }
            }
        }
        out.sort(Comparator.comparing((InetAddress a) -> a instanceof Inet6Address)
                .thenComparing(InetAddress::getHostAddress));
        return out;
    }

    /** What others type to join a room on {@code port}: each address from {@link #find()} as host:port. */
    public static List<String> joinAddresses(int port) {
        return find().stream().map(a -> hostAndPort(a, port)).toList();
    }

    /** "192.168.1.5:5050", or "[fd00::5]:5050" for IPv6. */
    public static String hostAndPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        if (zone >= 0) {
            host = host.substring(0, zone);
        }
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }
}
