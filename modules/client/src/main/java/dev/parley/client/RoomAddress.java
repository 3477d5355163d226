package dev.parley.client;

import dev.parley.protocol.Defaults;
import java.util.Locale;

/** A room's address as people type it: "host", "host:port", "192.168.1.5:5050", "[fd00::5]:5050" or "fd00::5". */
public record RoomAddress(String host, int port) {

    public static final int DEFAULT_PORT = Defaults.PORT;

    public RoomAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The address needs a host name or IP address.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port must be between 1 and 65535.");
        }
    }

    /** @throws IllegalArgumentException with a message fit to show the person who typed it */
    public static RoomAddress parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type the room's address, such as 192.168.1.5 or myhost:5050.");
        }
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("An IPv6 address in brackets needs its closing ']'.");
            }
            String host = t.substring(1, close);
            String rest = t.substring(close + 1);
            if (rest.isEmpty()) {
                return new RoomAddress(host, DEFAULT_PORT);
            }
            if (!rest.startsWith(":")) {
                throw new IllegalArgumentException("Write the port after the brackets, as [fd00::5]:5050.");
            }
            return new RoomAddress(host, port(rest.substring(1)));
        }
        int colon = t.indexOf(':');
        if (colon >= 0 && colon == t.lastIndexOf(':')) {
            return new RoomAddress(t.substring(0, colon), port(t.substring(colon + 1)));
        }
        // No colon, or several (a bare IPv6 address): no port given.
        return new RoomAddress(t, DEFAULT_PORT);
    }

    public static String format(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a port: use a number from 1 to 65535.");
    }

    @Override
    public String toString() {
        return format(host, port).toLowerCase(Locale.ROOT);
    }
}
