package dev.parley.accounts.storage;

import java.time.Instant;

/** One account as written to accounts.json. */
public record AccountRecord(
        String username, String salt, StoredHash password, Instant created, Instant lastSeen, String lastAddress) {}
