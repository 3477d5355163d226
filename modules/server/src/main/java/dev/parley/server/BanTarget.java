package dev.parley.server;

import dev.parley.accounts.AddressRange;
import dev.parley.accounts.BanList;
import java.util.function.Predicate;

/**
 * What the text a host types after "ban" names: a user, an address or a range of addresses. A user may be called
 * "10.0.0.7", so text that reads as an address is still a user when someone of that name is online or registered
 * (the host is told); an address in brackets, "[10.0.0.7]", is always the address. Text with a '/' is always a
 * range, "192.168.1.0/24" or "2001:db8::/32" (no username has a '/'); brackets may hold it, "[2001:db8::/32]", or
 * only its address, "[2001:db8::]/32", and mean the same. The console and the desktop decide alike, here.
 */
public sealed interface BanTarget {

    /** A user; {@code alsoAnAddress} when the name reads as an IP address too. */
    record User(String name, boolean alsoAnAddress) implements BanTarget {}

    /**
     * An IPv4 or IPv6 address, or a range of them in CIDR notation, as typed (brackets around a lone address
     * removed); the ban list checks it and says what is wrong with it.
     */
    record Address(String address) implements BanTarget {}

    /**
     * @param isKnownUser whether someone of that name is online or has an account
     */
    static BanTarget resolve(String text, Predicate<String> isKnownUser) {
        String t = text.strip();
        if (AddressRange.looksLikeRange(t)) {
            return new Address(t);
        }
        if (t.length() > 2
                && t.startsWith("[")
                && t.endsWith("]")
                && BanList.isAddress(t.substring(1, t.length() - 1))) {
            return new Address(t.substring(1, t.length() - 1));
        }
        if (!BanList.isAddress(t)) {
            return new User(t, false);
        }
        return isKnownUser.test(t) ? new User(t, true) : new Address(t);
    }

    /** How the host is told, when the text could have meant an address too; empty otherwise. */
    default String note() {
        return this instanceof User(String name, boolean alsoAnAddress) && alsoAnAddress
                ? "\"" + name + "\" is a user here, so the user was banned, not the address; to ban the address,"
                        + " write it in brackets: [" + name + "]."
                : "";
    }
}
