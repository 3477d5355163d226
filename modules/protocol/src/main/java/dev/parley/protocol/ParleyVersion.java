package dev.parley.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A release of Parley as MAJOR.MINOR.PATCH, ordered numerically. The protocol has no version of its own: a request's
 * {@code version} is the release of the client that sent it, {@code outdated_client} carries the server's, and a
 * room's {@code minClientVersion} is the oldest client release it takes. {@link #current()} is this build's.
 */
public record ParleyVersion(int major, int minor, int patch) implements Comparable<ParleyVersion> {

    /** What a request without a {@code version} field is taken to come from (docs/protocol.md, Versions). */
    public static final ParleyVersion LEGACY_CLIENT = new ParleyVersion(0, 1, 0);

    public ParleyVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    /** Parses "1.2.3" (each part 1 to 9 digits); a build qualifier such as "-SNAPSHOT" is ignored. */
    public static ParleyVersion parse(String text) {
        // By hand rather than with a regular expression: every request carries a version, and this runs for each.
        String core = text.strip();
        int dash = core.indexOf('-');
        int end = dash >= 0 ? dash : core.length();
        int[] parts = new int[3];
        int at = 0;
        for (int part = 0; part < 3; part++) {
            int start = at;
            int value = 0;
            while (at < end && core.charAt(at) >= '0' && core.charAt(at) <= '9' && at - start < 9) {
                value = value * 10 + (core.charAt(at) - '0');
                at++;
            }
            boolean separated = part == 2 ? at == end : at < end && core.charAt(at) == '.';
            if (at == start || !separated) {
                throw new IllegalArgumentException("not a MAJOR.MINOR.PATCH version: \"" + text + "\"");
            }
            parts[part] = value;
            at++;
        }
        return new ParleyVersion(parts[0], parts[1], parts[2]);
    }

    public boolean isOlderThan(ParleyVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(ParleyVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }

    /** The release of this build, taken from the pom at build time. */
    public static ParleyVersion current() {
        return Build.CURRENT;
    }

    /** Read on first use, so that parsing a client's version never touches the resource. */
    private static final class Build {
        private static final ParleyVersion CURRENT = load();

        private static ParleyVersion load() {
            try (InputStream in = ParleyVersion.class.getResourceAsStream("parley-version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("parley-version.properties is missing from the protocol module");
                }
                var props = new Properties();
                props.load(in);
                return parse(props.getProperty("version"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
