package dev.parley.accounts.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.accounts.StoreException;
import dev.parley.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** One JSON document on disk, read once at start and replaced atomically on every save. */
public final class JsonStoreFile<T> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The same settings on one line, for journals. */
    static final ObjectMapper LINES = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path path;
    private final Class<T> type;
    private final DiskHook hook;

    public JsonStoreFile(Path path, Class<T> type) {
        this(path, type, DiskHook.NONE);
    }

    public JsonStoreFile(Path path, Class<T> type, DiskHook hook) {
        this.path = path;
        this.type = type;
        this.hook = hook;
    }

    public Path path() {
        return path;
    }

    /** The stored document, or null when there is no file yet. A file that does not parse is left untouched. */
    public T read() throws StoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new StoreException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw new StoreException(path + " is empty JSON (null). Parley leaves it as it is: "
                        + "restore it from a backup or move it away, then start again.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new StoreException(
                    path + " is not valid: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "). "
                            + "Parley leaves it as it is: fix it, restore it from a backup or move it away, then start again.",
                    e);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public void write(T value) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(value);
        hook.beforeWrite(path);
        AtomicFiles.write(path, bytes);
    }
}
