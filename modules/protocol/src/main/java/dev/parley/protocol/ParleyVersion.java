package dev.parley.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this Parley build, taken from the pom at build time. */
public final class ParleyVersion {

    private static final ProtocolVersion CURRENT = load();

    private ParleyVersion() {
    }

    public static ProtocolVersion current() {
        return CURRENT;
    }

    private static ProtocolVersion load() {
        try (InputStream in = ParleyVersion.class.getResourceAsStream("parley-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("parley-version.properties is missing from the protocol module");
            }
            var props = new Properties();
            props.load(in);
            return ProtocolVersion.parse(props.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
