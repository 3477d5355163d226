package dev.parley.accounts.storage;

import java.time.Instant;

/** One ban as written to bans.json. */
public record BanRecord(String address, String username, String reason, Instant created, Instant expires) {}
