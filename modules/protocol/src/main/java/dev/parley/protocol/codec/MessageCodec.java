package dev.parley.protocol.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.protocol.Defaults;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import dev.parley.protocol.message.ClientRequest.GuestLogin;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.OwnerLoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.RoomInfoRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.TypingRequest;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.LoginStatus;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.RoomInfo;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.TypingNotice;
import dev.parley.protocol.message.ServerMessage.UserList;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns messages into JSON and back. Encoded messages are one line each, ending with {@code \n}; decoding takes one
 * object's bytes, as a {@link dev.parley.protocol.framing.JsonObjectFramer} cuts them. Booleans go out as the strings
 * "true"/"false", as the spec writes them. Thread-safe.
 */
public final class MessageCodec {

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public MessageCodec() {
        this.factory = JsonFactory.builder()
                // Jackson's default keeps its buffers per thread: with a virtual thread per connection that was
                // 16 KB or more for every client, a third of a 10,000-client room's heap. A shared pool holds as
                // many as are in use at once.
                .recyclerPool(JsonRecyclerPools.newConcurrentDequePool())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MessageLimits.MAX_NESTING_DEPTH)
                        .build())
                // An emoji goes out as its 4 UTF-8 bytes, not as two 6-byte escapes: a broadcast is then never
                // larger than the request it comes from, which keeps it under MAX_SERVER_MESSAGE_BYTES.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    // ---- server -> client ----

    public byte[] encode(ServerMessage message) {
        return write(g -> {
            switch (message) {
                case ChatMessage m -> {
                    type(g, "message");
                    chatFields(g, m);
                }
                case History m -> {
                    type(g, "history");
                    g.writeArrayFieldStart("messages");
                    for (ChatMessage line : m.messages()) {
                        g.writeStartObject();
                        chatFields(g, line);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                case UserList m -> {
                    type(g, "userlist");
                    g.writeArrayFieldStart("users");
                    for (String user : m.users()) {
                        g.writeString(user);
                    }
                    g.writeEndArray();
                    if (m.online() != null) {
                        bool(g, "onlinetype", m.online());
                    }
                    if (m.truncated()) {
                        bool(g, "truncated", true);
                    }
                    if (m.total() != null) {
                        g.writeStringField("total", m.total().toString());
                    }
                }
                case UserNotification m -> {
                    type(g, "user_notification");
                    g.writeStringField("user", m.user());
                    bool(g, "status", m.joined());
                    optional(g, "removed", m.removed());
                }
                case Salt m -> {
                    type(g, "salt");
                    g.writeStringField("salt", m.salt());
                }
                case Shutdown m -> type(g, "shutdown");
                case OutdatedClient m -> {
                    type(g, "outdated_client");
                    g.writeStringField("version", m.version());
                }
                case UsernameTaken m -> type(g, "username_taken");
                case TypingNotice m -> {
                    type(g, "typing");
                    g.writeStringField("user", m.user());
                    bool(g, "status", m.typing());
                }
                case LoginStatus m -> {
                    type(g, "login_status");
                    bool(g, "status", m.success());
                }
                case RegisterStatus m -> {
                    type(g, "register_status");
                    bool(g, "status", m.success());
                    g.writeStringField("additional_info", m.additionalInfo());
                }
                case LoginResult m -> {
                    type(g, "login");
                    bool(g, "success", m.success());
                    if (m.reason() != null) {
                        g.writeStringField("reason", m.reason());
                    }
                    if (m.attemptsLeft() != null) {
                        g.writeStringField("attempts_left", m.attemptsLeft().toString());
                    }
                }
                case UsernameRegisterStatus m -> {
                    type(g, "username_register_status");
                    bool(g, "taken", m.taken());
                }
                case Banned m -> {
                    type(g, "banned");
                    optional(g, "reason", m.reason());
                    if (m.until() != null) {
                        g.writeStringField("until", time(m.until()));
                    }
                }
                case WrongIp m -> type(g, "wrong_ip");
                case RoomInfo m -> {
                    type(g, "room");
                    optional(g, "name", m.name());
                    optional(g, "version", m.version());
                    g.writeStringField("max_message_chars", Integer.toString(m.maxMessageChars()));
                    if (m.historySize() != null) {
                        g.writeStringField("history", m.historySize().toString());
                    }
                    if (m.tls() != null) {
                        bool(g, "tls", m.tls());
                    }
                    optional(g, "owner", m.owner());
                }
                case ProtocolError m -> {
                    type(g, "error");
                    g.writeStringField("code", m.code());
                    g.writeStringField("message", m.message());
                    optional(g, "reason", m.reason());
                }
            }
        });
    }

    /**
     * A {@code userlist} answer whose encoding is at most {@code maxBytes} bytes (its line ending counted): the
     * whole list when it fits, else as many of the first names as fit, marked truncated, with the total.
     */
    public UserList userListWithin(List<String> users, Boolean online, int maxBytes) {
        int budget = maxBytes - encode(new UserList(List.of(), online, true, users.size())).length;
        long needed = 0;
        int fitting = 0;
        for (String user : users) {
            needed += encodedLengthAtMost(user) + 1; // and a comma
            if (needed > budget) {
                break;
            }
            fitting++;
        }
        if (fitting == users.size()) {
            return new UserList(users, online);
        }
        return new UserList(users.subList(0, fitting), online, true, users.size());
    }

    /** Bytes a string takes in a message, quotes included, as the generator writes it (never fewer). */
    static int encodedLengthAtMost(String text) {
        int bytes = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                bytes += c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f' ? 2 : 6; // "\n", "\u001f"
            } else if (c == '"' || c == '\\') {
                bytes += 2;
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 6; // a lone surrogate, at worst as an escape
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Decodes one message object, e.g. a {@link dev.parley.protocol.framing.Frame.JsonObject}'s bytes. */
    public ServerMessage decodeServerMessage(byte[] bytes, int offset, int length) throws ProtocolException {
        return decodeServerMessage(parseObject(bytes, offset, length));
    }

    /** Decodes one message object written as text; for tests and tools (the wire carries bytes). */
    public ServerMessage decodeServerMessage(String json) throws ProtocolException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return decodeServerMessage(bytes, 0, bytes.length);
    }

    private ServerMessage decodeServerMessage(ObjectNode node) throws ProtocolException {
        String type = typeOf(node);
        var f = new JsonFields(node, type);
        return switch (type) {
            case "message" -> chatMessage(f);
            case "history" -> history(node);
            case "userlist" ->
                new UserList(
                        f.textList("users"),
                        f.optionalBool("onlinetype"),
                        Boolean.TRUE.equals(f.optionalBool("truncated")),
                        f.optionalInt("total"));
            case "user_notification" ->
                new UserNotification(f.text("user"), f.bool("status"), f.optionalText("removed"));
            case "salt" -> new Salt(f.text("salt"));
            case "shutdown" -> new Shutdown();
            case "outdated_client" -> new OutdatedClient(f.text("version"));
            case "username_taken" -> new UsernameTaken();
            case "typing" -> new TypingNotice(f.text("user"), f.bool("status"));
            case "login_status" -> new LoginStatus(f.bool("status"));
            case "register_status" ->
                new RegisterStatus(
                        f.bool("status"), node.hasNonNull("additional_info") ? f.text("additional_info") : "");
            case "login" ->
                new LoginResult(f.bool("success"), f.optionalText("reason"), f.optionalInt("attempts_left"));
            case "username_register_status" -> new UsernameRegisterStatus(f.bool("taken"));
            case "banned" -> new Banned(f.optionalText("reason"), optionalTime(f, "until"));
            case "wrong_ip" -> new WrongIp();
            case "room" -> roomInfo(f);
            case "error" -> new ProtocolError(f.text("code"), f.text("message"), f.optionalText("reason"));
            default -> throw unknownType(type);
        };
    }

    /**
     * What a room says of itself; a limit it left out, or one that makes no sense, is taken as the default, and a
     * history size below zero as none said.
     */
    private static RoomInfo roomInfo(JsonFields f) throws ProtocolException {
        Integer chars = f.optionalInt("max_message_chars");
        Integer history = f.optionalInt("history");
        return new RoomInfo(
                f.optionalText("name"),
                f.optionalText("version"),
                chars == null || chars < 1 ? Defaults.MAX_MESSAGE_CHARS : chars,
                history == null || history < 0 ? null : history,
                f.optionalBool("tls"),
                f.optionalText("owner"));
    }

    private static ChatMessage chatMessage(JsonFields f) throws ProtocolException {
        return new ChatMessage(f.text("from"), f.text("message"), optionalTime(f, "time"));
    }

    private static History history(ObjectNode node) throws ProtocolException {
        JsonNode messages = node.get("messages");
        if (messages == null || messages.isNull()) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "A history message needs a \"messages\" field.");
        }
        if (!messages.isArray()) {
            throw new ProtocolException(
                    ErrorCode.WRONG_TYPE, "The field \"messages\" of a history message must be an array of objects.");
        }
        var lines = new ArrayList<ChatMessage>(messages.size());
        for (JsonNode item : messages) {
            if (!(item instanceof ObjectNode entry)) {
                throw new ProtocolException(
                        ErrorCode.WRONG_TYPE,
                        "The field \"messages\" of a history message must be an array of objects.");
            }
            lines.add(chatMessage(new JsonFields(entry, "history")));
        }
        return new History(lines);
    }

    /**
     * A time such as "2026-11-27T05:31:02Z"; null when absent, and also when it is no such time: a time is a
     * nicety, and a line whose time a client cannot read is still worth showing.
     */
    private static Instant optionalTime(JsonFields f, String field) throws ProtocolException {
        String text = f.optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ISO 8601 in UTC, whole seconds: "2026-11-27T05:31:02Z". */
    static String time(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void chatFields(JsonGenerator g, ChatMessage m) throws IOException {
        g.writeStringField("from", m.from());
        g.writeStringField("message", m.message());
        if (m.time() != null) {
            g.writeStringField("time", time(m.time()));
        }
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    // ---- client -> server ----

    /** Encodes a request; a non-null {@code version} is sent in the {@code version} field. */
    public byte[] encode(ClientRequest request, ParleyVersion version) {
        return write(g -> {
            g.writeStringField("user", request.user());
            switch (request) {
                case SendMessage r -> {
                    type(g, "message");
                    g.writeStringField("message", r.message());
                }
                case UserListRequest r -> {
                    type(g, "userlist");
                    bool(g, "onlinetype", r.online());
                }
                case GuestLogin r -> type(g, "guest");
                case SaltRequest r -> type(g, "salt");
                case LoginRequest r -> {
                    type(g, "login");
                    g.writeStringField("password", r.password());
                }
                case OwnerLoginRequest r -> {
                    type(g, "owner_login");
                    g.writeStringField("token", r.token());
                }
                case RegisterRequest r -> type(g, "register");
                case DisconnectRequest r -> type(g, "disconnect");
                case RoomInfoRequest r -> type(g, "room_info");
                case TypingRequest r -> {
                    type(g, "typing");
                    bool(g, "status", r.typing());
                }
            }
            if (version != null) {
                g.writeStringField("version", version.toString());
            }
        });
    }

    /** Decodes one request object, e.g. a {@link dev.parley.protocol.framing.Frame.JsonObject}'s bytes. */
    public InboundRequest decodeRequest(byte[] bytes, int offset, int length) throws ProtocolException {
        ObjectNode node = parseObject(bytes, offset, length);
        ParleyVersion version = versionOf(node);
        String type = typeOf(node);
        var f = new JsonFields(node, type);
        ClientRequest request = switch (type) {
            case "message" -> new SendMessage(f.text("user"), f.text("message"));
            case "userlist" -> new UserListRequest(f.text("user"), f.bool("onlinetype"));
            case "guest" -> new GuestLogin(f.text("user"));
            case "salt" -> new SaltRequest(f.text("user"));
            case "login" -> new LoginRequest(f.text("user"), f.text("password"));
            case "owner_login" -> new OwnerLoginRequest(f.text("user"), f.text("token"));
            case "register" -> new RegisterRequest(f.text("user"));
            case "disconnect" -> new DisconnectRequest(f.text("user"));
            case "typing" -> new TypingRequest(f.text("user"), f.bool("status"));
            // speaks for no one, so a missing user is no reason to refuse it
            case "room_info" -> new RoomInfoRequest(Objects.requireNonNullElse(f.optionalText("user"), ""));
            default -> throw unknownType(type);
        };
        return new InboundRequest(request, version);
    }

    // ---- helpers ----

    private ObjectNode parseObject(byte[] bytes, int offset, int length) throws ProtocolException {
        JsonNode node;
        try {
            // Straight from the bytes: Jackson decodes the UTF-8 itself, no String in between.
            node = mapper.readTree(bytes, offset, length);
        } catch (JsonProcessingException e) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "Not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            // Jackson guesses UTF-16 or UTF-32 from zero bytes after the brace (found by MessageCodecFuzzTest):
            // such bytes are not JSON in UTF-8 either. The framer never cuts an object like that, but the codec
            // must not throw anything but ProtocolException for bad input.
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "Not valid JSON: " + e.getMessage());
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new ProtocolException(ErrorCode.MALFORMED_JSON, "Each message must be one JSON object ({...}).");
    }

    private static String typeOf(ObjectNode node) throws ProtocolException {
        JsonNode type = node.get("type");
        if (type == null || type.isNull()) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "Every message needs a \"type\" field.");
        }
        if (!type.isTextual()) {
            throw new ProtocolException(ErrorCode.WRONG_TYPE, "The field \"type\" must be a string.");
        }
        return type.textValue();
    }

    private static ParleyVersion versionOf(ObjectNode node) throws ProtocolException {
        JsonNode version = node.get("version");
        if (version == null || version.isNull()) {
            return ParleyVersion.LEGACY_CLIENT;
        }
        try {
            if (version.isTextual()) {
                return ParleyVersion.parse(version.textValue());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new ProtocolException(
                ErrorCode.INVALID_VERSION,
                "The field \"version\" must be a string MAJOR.MINOR.PATCH, such as \"1.0.0\".");
    }

    private static ProtocolException unknownType(String type) {
        String shown = type.length() > 40 ? type.substring(0, 40) + "..." : type;
        return new ProtocolException(ErrorCode.UNKNOWN_TYPE, "Unknown message type \"" + shown + "\".");
    }

    private static void type(JsonGenerator g, String type) throws IOException {
        g.writeStringField("type", type);
    }

    private static void bool(JsonGenerator g, String field, boolean value) throws IOException {
        g.writeStringField(field, value ? "true" : "false");
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private byte[] write(Body body) {
        try (var out = new ByteArrayBuilder(128);
                JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
            g.flush();
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory cannot fail", e);
        }
    }
}
