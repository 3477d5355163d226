package dev.parley.client;

import java.time.Instant;
import java.util.Objects;

/**
 * One chat message as the room said it: who, what, and when by the room's clock ({@code time} is null from a room
 * that does not say, an older one or a spec server: show the local time then).
 */
public record ChatLine(String from, String text, Instant time) {
    public ChatLine {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
    }
}
