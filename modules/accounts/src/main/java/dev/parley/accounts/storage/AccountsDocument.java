package dev.parley.accounts.storage;

import java.util.List;

/** The whole of accounts.json. */
public record AccountsDocument(int format, List<AccountRecord> accounts) {
    public AccountsDocument {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
