package dev.parley.accounts;

import java.time.Instant;

/** What others may know of an account; the salt and hash stay inside the store. */
public record Account(String username, Instant created, Instant lastSeen, String lastAddress) {}
