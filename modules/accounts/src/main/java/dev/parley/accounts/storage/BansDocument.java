package dev.parley.accounts.storage;

import java.util.List;

/** The whole of bans.json. */
public record BansDocument(int format, List<BanRecord> bans) {
    public BansDocument {
        bans = bans == null ? List.of() : List.copyOf(bans);
    }
}
