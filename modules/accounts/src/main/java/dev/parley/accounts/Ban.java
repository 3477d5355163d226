package dev.parley.accounts;

import java.time.Instant;

/**
 * A ban of an address, of a user, or of both (a user's ban carries the address they used). {@code expires} is
 * null for a ban without end.
 */
public record Ban(String address, String username, String reason, Instant created, Instant expires) {

    public boolean activeAt(Instant now) {
        return expires == null || now.isBefore(expires);
    }
}
