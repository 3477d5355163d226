package dev.parley.protocol;

/** A client or server version as MAJOR.MINOR.PATCH, ordered numerically. */
public record ProtocolVersion(int major, int minor, int patch) implements Comparable<ProtocolVersion> {

    /** What a request without a {@code version} field is taken to come from. */
    public static final ProtocolVersion LEGACY = new ProtocolVersion(0, 1, 0);

    public ProtocolVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    /** Parses "1.2.3" (each part 1 to 9 digits); a build qualifier such as "-SNAPSHOT" is ignored. */
    public static ProtocolVersion parse(String text) {
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
        return new ProtocolVersion(parts[0], parts[1], parts[2]);
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
