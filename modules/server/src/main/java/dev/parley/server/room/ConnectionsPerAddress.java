package dev.parley.server.room;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts open connections by address, an IPv6 address by its /64 (one host may hold a whole /64), so that one
 * address cannot take the whole room's sockets. Thread-safe.
 */
final class ConnectionsPerAddress {

    /** An IPv4 address, or the first 64 bits of an IPv6 one. */
    record Group(boolean ipv6, long bits) {
        static Group of(InetAddress address) {
            byte[] raw = address.getAddress();
            long bits = 0;
            for (int i = 0; i < Math.min(8, raw.length); i++) {
                bits = bits << 8 | (raw[i] & 0xFF);
            }
            return new Group(address instanceof Inet6Address, bits);
        }
    }

    private final int max;
    private final ConcurrentHashMap<Group, Integer> open = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int max) {
        this.max = max;
    }

    /** Counts one more connection from {@code address}; false, counting nothing, when its group is full. */
    boolean tryOpen(InetAddress address) {
        var admitted = new boolean[1];
        open.compute(Group.of(address), (g, n) -> {
            int count = n == null ? 0 : n;
            admitted[0] = count < max;
            return admitted[0] ? count + 1 : n;
        });
        return admitted[0];
    }

    /** A connection {@link #tryOpen counted} has closed. */
    void closed(InetAddress address) {
        open.computeIfPresent(Group.of(address), (g, n) -> n <= 1 ? null : n - 1);
    }
}
