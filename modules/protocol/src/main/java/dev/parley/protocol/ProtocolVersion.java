package dev.parley.protocol;

import java.util.regex.Pattern;

/** A client or server version as MAJOR.MINOR.PATCH, ordered numerically. */
public record ProtocolVersion(int major, int minor, int patch) implements Comparable<ProtocolVersion> {

    /** What a request without a {@code version} field is taken to come from. */
    public static final ProtocolVersion LEGACY = new ProtocolVersion(0, 1, 0);

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");

    public ProtocolVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    /** Parses "1.2.3"; a build qualifier such as "-SNAPSHOT" is ignored. */
    public static ProtocolVersion parse(String text) {
        String core = text.strip();
        int dash = core.indexOf('-');
        if (dash >= 0) {
            core = core.substring(0, dash);
        }
        var m = FORMAT.matcher(core);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a MAJOR.MINOR.PATCH version: \"" + text + "\"");
        }
        return new ProtocolVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    public boolean isOlderThan(ProtocolVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(ProtocolVersion o) {
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
}
