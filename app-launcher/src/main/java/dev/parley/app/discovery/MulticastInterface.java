package dev.parley.app.discovery;

import dev.parley.server.LanAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Which address multicast DNS speaks on: the room's own when it is bound to one, else this machine's LAN address. */
final class MulticastInterface {

    private MulticastInterface() {}

    /**
     * @param bindAddress the room's {@code bindAddress}; "*" (or null, for the Join dialog) for every interface
     * @return null to let JmDNS pick (no LAN address found)
     */
    static InetAddress forBindAddress(String bindAddress) throws UnknownHostException {
        if (bindAddress != null && !bindAddress.isBlank() && !"*".equals(bindAddress.strip())) {
            return InetAddress.getByName(bindAddress.strip());
        }
        List<InetAddress> lan = LanAddresses.find();
        return lan.isEmpty() ? null : lan.getFirst();
    }
}
