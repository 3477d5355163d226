package dev.parley.server.console;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Durations as people type them: 90s, 30m, 2h, 7d, 4w. */
public final class DurationText {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})([smhdw])");

    private DurationText() {}

    public static Optional<Duration> parse(String text) {
        var m = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(
                switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                });
    }
}
