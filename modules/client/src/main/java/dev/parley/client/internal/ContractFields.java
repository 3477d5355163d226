package dev.parley.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.client.ChatLine;
import dev.parley.client.MessageDetails;
import dev.parley.client.RoomInfo;
import dev.parley.protocol.Defaults;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a room beyond the spec adds (docs/protocol.md: the {@code room} and {@code history} messages, a chat
 * line's {@code time}, a ban's {@code reason} and {@code until}, the kick's {@code reason}, {@code removed}). A field
 * that is missing or makes no sense is taken as absent: a room's oddity never ends the session.
 */
public final class ContractFields {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The object in {@code bytes}, or empty when it is not one. */
    public Optional<JsonNode> parse(byte[] bytes, int offset, int length) {
        try {
            JsonNode node = mapper.readTree(bytes, offset, length);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String type(JsonNode node) {
        return text(node, "type");
    }

    public static MessageDetails details(JsonNode node) {
        Instant time = instant(node, "time");
        String reason = text(node, "reason");
        Instant until = instant(node, "until");
        String removed = text(node, "removed");
        if (time == null && reason == null && until == null && removed == null) {
            return MessageDetails.NONE;
        }
        return new MessageDetails(time, reason, until, removed);
    }

    /** The {@code room} message; what it leaves out keeps {@link RoomInfo#DEFAULT}'s value. */
    public static RoomInfo roomInfo(JsonNode node) {
        RoomInfo d = RoomInfo.DEFAULT;
        int chars = number(node, "max_message_chars", d.maxMessageChars());
        int history = number(node, "history", d.historySize());
        return new RoomInfo(
                text(node, "name"),
                text(node, "version"),
                chars < 1 ? Defaults.MAX_MESSAGE_CHARS : chars,
                Math.max(0, history),
                "true".equals(text(node, "tls")),
                text(node, "owner"));
    }

    /** The {@code history} message's lines, oldest first; an entry without sender or text is skipped. */
    public static List<ChatLine> history(JsonNode node) {
        JsonNode messages = node.get("messages");
        List<ChatLine> lines = new ArrayList<>();
        if (messages == null || !messages.isArray()) {
            return lines;
        }
        for (JsonNode entry : messages) {
            String from = text(entry, "from");
            String text = text(entry, "message");
            if (from != null && text != null) {
                lines.add(new ChatLine(from, text, instant(entry, "time")));
            }
        }
        return lines;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static int number(JsonNode node, String field, int fallback) {
        String value = text(node, field);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
