package dev.parley.app.desktop;

import dev.parley.client.RoomAddress;
import java.net.InetAddress;

/**
 * Where the hosting app connects to its own room: the address the room is bound to, or loopback when it listens
 * on every interface ("*", 0.0.0.0, ::), so a room bound to one LAN address is still reached.
 */
public final class LocalRoomAddress {

    private LocalRoomAddress() {}

    /** Whether a room bound to {@code bindAddress} listens on every interface, so on every LAN address. */
    public static boolean isEveryInterface(String bindAddress) {
        String host = unbracketed(bindAddress);
        if (host.isEmpty() || host.equals("*")) {
            return true;
        }
        try {
            return InetAddress.ofLiteral(host).isAnyLocalAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static RoomAddress of(String bindAddress, int port) {
        String host = unbracketed(bindAddress);
        if (host.isEmpty() || host.equals("*")) {
            return new RoomAddress("127.0.0.1", port);
        }
        InetAddress literal;
        try {
            literal = InetAddress.ofLiteral(host);
        } catch (IllegalArgumentException e) {
            return new RoomAddress(host, port); // a host name: connect by it, as others would
        }
        if (literal.isAnyLocalAddress()) {
            return new RoomAddress(host.contains(":") ? "::1" : "127.0.0.1", port);
        }
        return new RoomAddress(host, port);
    }

    private static String unbracketed(String bindAddress) {
        String host = bindAddress.strip();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
