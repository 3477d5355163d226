package dev.parley.client.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.files.AtomicFiles;
import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * known-rooms.json: {@code {"rooms":{"192.168.1.5:5050":{"sha256":"…","trusted":"2026-…Z"}}}}. Each change reads the
 * file again and writes it whole (so two app instances lose nothing but a race), through {@link AtomicFiles}.
 */
public final class KnownRoomsFile {

    private static final Logger log = LoggerFactory.getLogger(KnownRoomsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A temporary file this old is a crash's leftover, not another app instance's write under way. */
    private static final Duration STALE_LEFTOVER = Duration.ofMinutes(10);

    private final Path path;

    public KnownRoomsFile(Path path) {
        this.path = path;
    }

    /** The rooms in the file; none when there is no file, and none (the bad file set aside) when it does not read. */
    public Map<String, Fingerprint> load() throws IOException {
        AtomicFiles.removeLeftovers(path, STALE_LEFTOVER);
        try {
            return rooms(read());
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (BadFileException e) {
            Path aside = path.resolveSibling(
                    path.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
            Files.move(path, aside);
            log.warn(
                    "{} could not be read ({}); set aside as {}. Rooms joined before will ask to be trusted again.",
                    path,
                    e.getMessage(),
                    aside.getFileName());
            return Map.of();
        }
    }

    /** Writes the file with {@code room} trusted with {@code fingerprint}, or forgotten when it is null. */
    public void update(String room, Fingerprint fingerprint) throws IOException {
        ObjectNode root;
        try {
            root = read();
            rooms(root); // only a file that reads is kept
        } catch (NoSuchFileException | BadFileException e) {
            root = JSON.createObjectNode();
        }
        ObjectNode rooms = root.has("rooms") ? (ObjectNode) root.get("rooms") : root.putObject("rooms");
        if (fingerprint == null) {
            rooms.remove(room);
        } else {
            rooms.putObject(room)
                    .put("sha256", fingerprint.hex())
                    .put("trusted", Instant.now().toString());
        }
        AtomicFiles.write(path, JSON.writeValueAsBytes(root));
    }

    private ObjectNode read() throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root instanceof ObjectNode object) {
                return object;
            }
            throw new BadFileException("not a JSON object");
        } catch (JacksonException e) {
            throw new BadFileException("not JSON: " + e.getOriginalMessage());
        }
    }

    private static Map<String, Fingerprint> rooms(ObjectNode root) throws BadFileException {
        JsonNode rooms = root.path("rooms");
        if (rooms.isMissingNode()) {
            return Map.of();
        }
        if (!rooms.isObject()) {
            throw new BadFileException("\"rooms\" is not an object");
        }
        var result = new LinkedHashMap<String, Fingerprint>();
        for (Map.Entry<String, JsonNode> room : rooms.properties()) {
            JsonNode sha256 = room.getValue().path("sha256");
            if (!sha256.isTextual()) {
                throw new BadFileException(room.getKey() + " has no \"sha256\"");
            }
            try {
                result.put(room.getKey(), Fingerprint.parse(sha256.asText()));
            } catch (IllegalArgumentException e) {
                throw new BadFileException(room.getKey() + ": " + e.getMessage());
            }
        }
        return result;
    }

    /** The file is there but is not a known-rooms file. */
    private static final class BadFileException extends IOException {
        private static final long serialVersionUID = 1L;

        BadFileException(String why) {
            super(why);
        }
    }
}
