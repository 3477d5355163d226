package dev.parley.accounts;

import java.time.Instant;

/**
 * A ban of an address or a range of them, of a user, or of both (a user's ban carries the address they used).
 * {@code address} is canonical text: one address ("10.0.0.7", "2001:db8:0:0:0:0:0:1") or a range ("10.0.0.0/8",
 * "2001:db8::/32"; see {@link AddressRange}). {@code expires} is null for a ban without end.
 */
public record Ban(String address, String username, String reason, Instant created, Instant expires) {

    public boolean activeAt(Instant now) {
        return expires == null || now.isBefore(expires);
    }
}
