package dev.parley.ui;

import dev.parley.protocol.OwnerToken;
import java.util.Objects;

/**
 * How this app's own window enters the room it hosts without a password: the owner's name and the token the room
 * handed this process in memory (docs/security.md). Its text never shows the token.
 */
public record OwnerPass(String user, OwnerToken token) {
    public OwnerPass {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(token, "token");
    }
}
