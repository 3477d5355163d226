package dev.parley.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads server.json from the data directory, writing the documented default there on first start. */
public final class ConfigFile {

    public static final String FILE_NAME = "server.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigFile() {}

    public static ServerSettings loadOrCreate(Path dataDir) throws ConfigException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.write(file, defaultContent());
            }
            return MAPPER.readValue(file.toFile(), ServerSettings.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown key \"" + e.getPropertyName() + "\". Known keys: "
                    + e.getKnownPropertyIds() + ". See config/README.md.");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + " is not valid: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + "). See config/README.md.");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    static byte[] defaultContent() throws IOException {
        try (InputStream in = ConfigFile.class.getResourceAsStream("server.json")) {
            if (in == null) {
                throw new IOException("the default server.json is missing from the application");
            }
            return in.readAllBytes();
        }
    }

    /** A configuration problem, said for the person who wrote the file. */
    public static final class ConfigException extends Exception {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }
    }
}
