package dev.parley.protocol;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for a username, shared by client and server so both refuse the same names. */
public final class Usernames {

    public static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.\\-]{1," + MAX_LENGTH + "}");

    private Usernames() {}

    /** Why the name is refused, or empty when it is fine. */
    public static Optional<String> problemWith(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("A username must not be empty.");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("A username has at most " + MAX_LENGTH + " characters.");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("A username may hold only letters A-Z, digits, '_', '.' and '-'.");
        }
        return Optional.empty();
    }

    public static boolean isValid(String name) {
        return problemWith(name).isEmpty();
    }

    /** The key two names share when they differ only in letter case ("Alice" and "alice"). */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
