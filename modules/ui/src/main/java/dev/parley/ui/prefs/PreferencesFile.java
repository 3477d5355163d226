package dev.parley.ui.prefs;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.client.internal.ReplaceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ui-preferences.json in the data directory: a flat JSON object of string values, {@code {"lastUsername":"amy",
 * "recent.0":"192.168.1.5:5050"}}. Read once; each change writes the file whole, crash-safely, through the client's
 * {@link ReplaceFile}. A file that does not read is ignored and replaced by the next change: these are conveniences,
 * not data worth refusing to start over. The getters and setters are named as {@link java.util.prefs.Preferences}'
 * were, which this replaces.
 */
final class PreferencesFile {

    static final String FILE_NAME = "ui-preferences.json";

    private static final Logger log = LoggerFactory.getLogger(PreferencesFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path path;
    private final Map<String, String> values = new TreeMap<>();

    PreferencesFile(Path path) {
        this.path = path;
        try {
            ReplaceFile.removeStaleLeftovers(path);
            JsonNode root = JSON.readTree(Files.readAllBytes(path));
            if (root != null && root.isObject()) {
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    if (e.getValue().isTextual()) {
                        values.put(e.getKey(), e.getValue().asText());
                    }
                }
            }
        } catch (NoSuchFileException | JacksonException e) {
            // none yet, or not readable: start from the defaults
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized String get(String key, String otherwise) {
        return values.getOrDefault(key, otherwise);
    }

    synchronized int getInt(String key, int otherwise) {
        try {
            return Integer.parseInt(values.getOrDefault(key, ""));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    synchronized void put(String key, String value) {
        if (!value.equals(values.put(key, value))) {
            save();
        }
    }

    synchronized void putInt(String key, int value) {
        put(key, Integer.toString(value));
    }

    synchronized void remove(String key) {
        if (values.remove(key) != null) {
            save();
        }
    }

    private void save() {
        try {
            ReplaceFile.write(path, JSON.writeValueAsBytes(values));
        } catch (IOException e) {
            // The preferences are a convenience: a full disk loses them, not the chat.
            log.warn("Cannot write {}: {}", path, e.toString());
        }
    }
}
