package dev.parley.accounts;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The address bans of one snapshot, by network, for the check every connection and request makes. A lookup masks
 * the address once per prefix length in use (a handful: /32, /24, /64, ...) and looks each up in a hash map, so
 * it costs the same for three bans as for three thousand. Immutable, like the snapshot it belongs to.
 */
final class BanIndex {

    private final Map<AddressRange, List<Ban>> byNetwork;
    /** The prefix lengths in use, longest first (the most specific ban is found first). */
    private final int[] ipv4Prefixes;

    private final int[] ipv6Prefixes;

    BanIndex(List<Ban> bans) {
        var networks = new HashMap<AddressRange, List<Ban>>();
        var v4 = new TreeSet<Integer>();
        var v6 = new TreeSet<Integer>();
        for (Ban b : bans) {
            if (b.address() == null) {
                continue;
            }
            AddressRange range = AddressRange.parse(b.address());
            networks.computeIfAbsent(range, r -> new ArrayList<>(1)).add(b);
            (range.ipv6() ? v6 : v4).add(range.prefix());
        }
        networks.replaceAll((r, list) -> List.copyOf(list));
        this.byNetwork = Map.copyOf(networks);
        this.ipv4Prefixes =
                v4.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        this.ipv6Prefixes =
                v6.descendingSet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** A ban in force at {@code now} of {@code address} or of a network holding it. */
    Optional<Ban> find(InetAddress address, Instant now) {
        if (byNetwork.isEmpty()) {
            return Optional.empty();
        }
        AddressRange single = AddressRange.of(address);
        for (int prefix : single.ipv6() ? ipv6Prefixes : ipv4Prefixes) {
            List<Ban> bans = byNetwork.get(AddressRange.containing(address, prefix));
            if (bans != null) {
                for (Ban b : bans) {
                    if (b.activeAt(now)) {
                        return Optional.of(b);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
