package dev.parley.ui.host;

import java.time.Duration;

/** The ban lengths offered to a host. */
public enum Durations {
    HOUR("1 hour", Duration.ofHours(1)),
    DAY("1 day", Duration.ofDays(1)),
    WEEK("1 week", Duration.ofDays(7)),
    FOREVER("No end", null);

    private final String label;
    private final Duration duration;

    Durations(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    /** Null for a ban without end. */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return label;
    }
}
