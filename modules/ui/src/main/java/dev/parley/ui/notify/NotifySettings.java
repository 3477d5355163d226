package dev.parley.ui.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * How the person wants to be told: which messages, with a sound or not, and silence until a moment (mute).
 *
 * @param mutedUntil null when not muted
 */
public record NotifySettings(NotifyWhen when, boolean sound, Instant mutedUntil) {

    /** A mute lasts this long. */
    public static final Duration MUTE = Duration.ofHours(1);

    public static final NotifySettings DEFAULT = new NotifySettings(NotifyWhen.ALL, false, null);

    public NotifySettings {
        if (when == null) {
            when = NotifyWhen.ALL;
        }
    }

    public boolean muted(Instant now) {
        return mutedUntil != null && now.isBefore(mutedUntil);
    }

    /**
     * Whether a message is worth a notification. A mention tells in "all" and "mentions only"; "never" and a mute
     * silence everything, mentions too: the person asked for quiet.
     */
    public boolean tells(boolean mention, Instant now) {
        if (muted(now)) {
            return false;
        }
        return switch (when) {
            case ALL -> true;
            case MENTIONS -> mention;
            case NONE -> false;
        };
    }

    public NotifySettings withWhen(NotifyWhen newWhen) {
        return new NotifySettings(newWhen, sound, mutedUntil);
    }

    public NotifySettings withSound(boolean newSound) {
        return new NotifySettings(when, newSound, mutedUntil);
    }

    /** @param until null to unmute */
    public NotifySettings mutedUntil(Instant until) {
        return new NotifySettings(when, sound, until);
    }
}
