package dev.parley.ui.prefs;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ui-preferences.json in the data directory: a flat JSON object of string values, {@code {"lastUsername":"amy",
 * "recent.0":"192.168.1.5:5050"}}. Read again whenever another writer (a second app instance on the same data
 * directory) has changed it; each change writes the file whole, crash-safely, through
 * {@link AtomicFiles}. A file that does not read is ignored and replaced by the next change: these are conveniences,
 * not data worth refusing to start over. The getters and setters are named as {@link java.util.prefs.Preferences}'
 * were, which this replaces.
 */
final class PreferencesFile {

    static final String FILE_NAME = "ui-preferences.json";

    private static final Logger log = LoggerFactory.getLogger(PreferencesFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A temporary file this old is a crash's leftover, not another app instance's write under way. */
    private static final Duration STALE_LEFTOVER = Duration.ofMinutes(10);

    private final Path path;
    private final Map<String, String> values = new TreeMap<>();

    /** The file's time when this instance last read or wrote it: another writer (a second app instance) moves it. */
    private FileTime seen;

    PreferencesFile(Path path) {
        this.path = path;
        try {
            AtomicFiles.removeLeftovers(path, STALE_LEFTOVER);
        } catch (IOException e) {
            log.debug("Cannot tidy beside {}: {}", path, e.toString());
        }
        reload();
    }

    /** Reads the file again when someone else sharing this data directory has written it since. */
    private void refresh() {
        FileTime now = modified();
        if (now != null && !now.equals(seen)) {
            reload();
        }
    }

    private void reload() {
        seen = modified();
        values.clear();
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(path));
            if (root != null && root.isObject()) {
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    if (e.getValue().isTextual()) {
                        values.put(e.getKey(), e.getValue().asText());
                    }
                }
            }
        } catch (NoSuchFileException | JacksonException e) {
            // none yet, or not readable: the defaults
        } catch (IOException e) {
            log.warn("Cannot read {}: {}", path, e.toString());
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }

    synchronized String get(String key, String otherwise) {
        refresh();
        return values.getOrDefault(key, otherwise);
    }

    synchronized int getInt(String key, int otherwise) {
        refresh();
        try {
            return Integer.parseInt(values.getOrDefault(key, ""));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    synchronized long getLong(String key, long otherwise) {
        refresh();
        try {
            return Long.parseLong(values.getOrDefault(key, ""));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    synchronized boolean getBoolean(String key, boolean otherwise) {
        refresh();
        return switch (values.getOrDefault(key, "")) {
            case "true" -> true;
            case "false" -> false;
            default -> otherwise;
        };
    }

    synchronized void put(String key, String value) {
        refresh();
        if (!value.equals(values.put(key, value))) {
            save();
        }
    }

    synchronized void putInt(String key, int value) {
        put(key, Integer.toString(value));
    }

    synchronized void putLong(String key, long value) {
        put(key, Long.toString(value));
    }

    synchronized void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    synchronized void remove(String key) {
        refresh();
        if (values.remove(key) != null) {
            save();
        }
    }

    private void save() {
        try {
            AtomicFiles.write(path, JSON.writeValueAsBytes(values));
            seen = modified();
        } catch (IOException e) {
            // The preferences are a convenience: a full disk loses them, not the chat.
            log.warn("Cannot write {}: {}", path, e.toString());
        }
    }
}
