package dev.parley.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotifySettingsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T14:00:00Z");

    @Test
    void allTellsEveryMessage() {
        var all = new NotifySettings(NotifyWhen.ALL, false, null);
        assertThat(all.tells(false, NOW)).isTrue();
        assertThat(all.tells(true, NOW)).isTrue();
    }

    @Test
    void mentionsOnlyTellsMentions() {
        var mentions = new NotifySettings(NotifyWhen.MENTIONS, false, null);
        assertThat(mentions.tells(false, NOW)).isFalse();
        assertThat(mentions.tells(true, NOW)).isTrue();
    }

    @Test
    void neverTellsNothingNotEvenAMention() {
        var none = new NotifySettings(NotifyWhen.NONE, true, null);
        assertThat(none.tells(false, NOW)).isFalse();
        assertThat(none.tells(true, NOW)).isFalse();
    }

    @Test
    void aMuteSilencesUntilItEnds() {
        var muted = NotifySettings.DEFAULT.mutedUntil(NOW.plus(NotifySettings.MUTE));
        assertThat(muted.muted(NOW)).isTrue();
        assertThat(muted.tells(true, NOW)).isFalse();
        assertThat(muted.tells(true, NOW.plus(NotifySettings.MUTE))).isTrue();
        assertThat(muted.mutedUntil(null).tells(false, NOW)).isTrue();
    }

    @Test
    void aMissingChoiceMeansAll() {
        assertThat(new NotifySettings(null, false, null).when()).isEqualTo(NotifyWhen.ALL);
    }
}
