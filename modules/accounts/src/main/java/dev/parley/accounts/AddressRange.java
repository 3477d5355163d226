package dev.parley.accounts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of IP addresses a ban can name: one address (an IPv4 /32 or IPv6 /128) or a network in CIDR notation,
 * "192.168.1.0/24" or "2001:db8::/32". IPv4 addresses, also those an IPv6 socket sees as IPv4-mapped
 * ("::ffff:10.0.0.7"), are IPv4 here, so a ban matches a peer however the room's socket saw it.
 *
 * @param ipv6 whether the bits are 128 (IPv6) or 32 (IPv4, in the low bits of {@code low})
 * @param high the first 64 bits of an IPv6 network, host bits zero; 0 for IPv4
 * @param low the last 64 bits of an IPv6 network, or an IPv4 network's 32 bits, host bits zero
 * @param prefix how many leading bits name the network: 1-32 for IPv4, 1-128 for IPv6
 */
public record AddressRange(boolean ipv6, long high, long low, int prefix) {

    /** "/24", "/128": a decimal without leading zeros. */
    private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");
    /** "[2001:db8::]/32", the way URLs bracket an IPv6 address. */
    private static final Pattern BRACKETED_NETWORK = Pattern.compile("\\[([^\\[\\]/]*)\\]/(.*)");

    public AddressRange {
        int bits = ipv6 ? 128 : 32;
        if (prefix < 1 || prefix > bits) {
            throw new IllegalArgumentException("prefix " + prefix + " of " + bits + " bits");
        }
        if (high != maskHigh(high, ipv6, prefix) || low != maskLow(low, ipv6, prefix)) {
            throw new IllegalArgumentException("host bits set");
        }
    }

    /** The one address {@code address} (scope dropped), IPv4-mapped IPv6 read as IPv4. */
    public static AddressRange of(InetAddress address) {
        return containing(address, address instanceof Inet6Address && !isMapped(address.getAddress()) ? 128 : 32);
    }

    /**
     * The network of {@code prefix} bits around {@code address}: the address with its host bits cleared.
     *
     * @param prefix of the address's own family (an IPv4-mapped IPv6 address counts as IPv4)
     */
    public static AddressRange containing(InetAddress address, int prefix) {
        byte[] raw = address.getAddress();
        if (raw.length == 16 && isMapped(raw)) {
            raw = java.util.Arrays.copyOfRange(raw, 12, 16);
        }
        boolean v6 = raw.length == 16;
        long high = v6 ? bits(raw, 0, 8) : 0;
        long low = v6 ? bits(raw, 8, 16) : bits(raw, 0, 4);
        return new AddressRange(v6, maskHigh(high, v6, prefix), maskLow(low, v6, prefix), prefix);
    }

    /**
     * Reads what a host typed: an address ("192.168.0.7", "fe80::1", "[::1]", as {@link BanList#normalizeAddress}
     * takes them) or a network, "ADDRESS/PREFIX" ("192.168.1.0/24", "2001:db8::/32", "[2001:db8::]/32",
     * "[2001:db8::/32]"). The address must be the network's first one. "::ffff:10.0.0.0/104", an IPv4-mapped
     * network, is the IPv4 network 10.0.0.0/8. A prefix of all the bits ("/32", "/128") is the one address.
     *
     * @throws IllegalArgumentException saying what is wrong and, where it can, what was perhaps meant
     */
    public static AddressRange parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return of(InetAddress.ofLiteral(BanList.normalizeAddress(t)));
        }
        String addressText;
        String prefixText;
        Matcher bracketed = BRACKETED_NETWORK.matcher(t);
        if (bracketed.matches()) {
            addressText = bracketed.group(1);
            prefixText = bracketed.group(2);
        } else {
            if (t.startsWith("[") && t.endsWith("]")) {
                t = t.substring(1, t.length() - 1);
                slash = t.indexOf('/');
            }
            addressText = t.substring(0, slash);
            prefixText = t.substring(slash + 1);
        }
        if (prefixText.indexOf('/') >= 0
                || addressText.indexOf('[') >= 0
                || addressText.indexOf(']') >= 0
                || !addressText.equals(addressText.strip())) {
            throw new IllegalArgumentException(notARange(text));
        }
        if (!PREFIX.matcher(prefixText).matches()) {
            throw new IllegalArgumentException(
                    notARange(text) + ": after \"/\" comes the prefix length, " + "1-32 for IPv4 or 1-128 for IPv6");
        }
        InetAddress address;
        try {
            address = InetAddress.ofLiteral(BanList.normalizeAddress(addressText));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(notARange(text) + ": " + e.getMessage(), e);
        }
        int prefix = Integer.parseInt(prefixText);
        boolean mapped = address instanceof Inet4Address && addressText.indexOf(':') >= 0;
        if (mapped) {
            if (prefix <= 96 || prefix > 128) {
                throw new IllegalArgumentException(
                        "\"" + text.strip() + "\": an IPv4-mapped network (::ffff:a.b.c.d) takes a prefix of /97 to"
                                + " /128 (IPv4's /1 to /32); or write it as IPv4, like 10.0.0.0/8");
            }
            prefix -= 96;
        }
        int bits = address instanceof Inet6Address ? 128 : 32;
        if (prefix == 0) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" would ban every "
                    + (bits == 32 ? "IPv4" : "IPv6") + " address; " + "a range needs a prefix of /1 or more");
        }
        if (prefix > bits) {
            throw new IllegalArgumentException(
                    "\"" + text.strip() + "\": an " + (bits == 32 ? "IPv4" : "IPv6") + " prefix is at most /" + bits);
        }
        AddressRange network = containing(address, prefix);
        AddressRange single = of(address);
        if (network.prefix() < bits && !network.first().equals(single.first())) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not the first address of its network:"
                    + " did you mean " + network + " (" + network.first() + " to " + network.last()
                    + "), or the one address " + single + "?");
        }
        return network;
    }

    /** Whether the text is shaped like a range ("ADDRESS/PREFIX"), valid or not: no username has a '/'. */
    public static boolean looksLikeRange(String text) {
        return text.indexOf('/') >= 0;
    }

    /** True for one address (a /32 or /128), false for a network of several. */
    public boolean isSingleAddress() {
        return prefix == (ipv6 ? 128 : 32);
    }

    public boolean contains(InetAddress address) {
        return of(address).ipv6() == ipv6 && containing(address, prefix).equals(this);
    }

    /** The network's first address, as text. */
    public String first() {
        return text(high, low);
    }

    /** The network's last address, as text. */
    public String last() {
        long hostHigh = ~maskHigh(-1L, ipv6, prefix);
        long hostLow = ~maskLow(-1L, ipv6, prefix) & (ipv6 ? -1L : 0xFFFF_FFFFL);
        return text(high | hostHigh, low | hostLow);
    }

    /**
     * The canonical text, which bans.json keeps: an address alone as {@link BanList#normalizeAddress} writes it
     * ("10.0.0.7", "2001:db8:0:0:0:0:0:1"); a network as "10.0.0.0/8" or, IPv6, "2001:db8::/32" (RFC 5952).
     */
    @Override
    public String toString() {
        if (isSingleAddress()) {
            return address().getHostAddress();
        }
        return (ipv6 ? Rfc5952.format(high, low) : text(high, low)) + "/" + prefix;
    }

    private String text(long hi, long lo) {
        return ipv6 ? Rfc5952.format(hi, lo) : address(hi, lo).getHostAddress();
    }

    private InetAddress address() {
        return address(high, low);
    }

    private InetAddress address(long hi, long lo) {
        byte[] raw = new byte[ipv6 ? 16 : 4];
        if (ipv6) {
            for (int i = 0; i < 8; i++) {
                raw[i] = (byte) (hi >>> (56 - 8 * i));
                raw[8 + i] = (byte) (lo >>> (56 - 8 * i));
            }
        } else {
            for (int i = 0; i < 4; i++) {
                raw[i] = (byte) (lo >>> (24 - 8 * i));
            }
        }
        try {
            return InetAddress.getByAddress(raw);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e); // never: the length is right
        }
    }

    private static String notARange(String text) {
        return "\"" + text.strip() + "\" is not an address range (like 192.168.1.0/24 or 2001:db8::/32)";
    }

    private static boolean isMapped(byte[] raw) {
        if (raw.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (raw[i] != 0) {
                return false;
            }
        }
        return raw[10] == (byte) 0xFF && raw[11] == (byte) 0xFF;
    }

    private static long bits(byte[] raw, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v << 8 | (raw[i] & 0xFF);
        }
        return v;
    }

    private static long maskHigh(long high, boolean ipv6, int prefix) {
        if (!ipv6) {
            return 0;
        }
        return prefix >= 64 ? high : high & ~(-1L >>> prefix);
    }

    private static long maskLow(long low, boolean ipv6, int prefix) {
        if (!ipv6) {
            return low & (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
        }
        if (prefix <= 64) {
            return 0;
        }
        return prefix == 128 ? low : low & ~(-1L >>> (prefix - 64));
    }
}
