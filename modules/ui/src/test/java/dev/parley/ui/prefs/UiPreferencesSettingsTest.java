package dev.parley.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ui.notify.NotifySettings;
import dev.parley.ui.notify.NotifyWhen;
import java.time.Instant;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Preferences dialog's settings, kept with the other UI preferences. */
class UiPreferencesSettingsTest {

    private final Preferences node = Preferences.userRoot().node("parley-test/" + UUID.randomUUID());
    private final UiPreferences prefs = new UiPreferences(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aFreshInstallNotifiesOfEveryMessageQuietly() {
        assertThat(prefs.notifySettings()).isEqualTo(NotifySettings.DEFAULT);
    }

    @Test
    void notificationSettingsAreRememberedAndAMuteCanEnd() {
        var until = Instant.ofEpochMilli(1_900_000_000_000L);
        prefs.rememberNotifySettings(new NotifySettings(NotifyWhen.MENTIONS, true, until));
        assertThat(new UiPreferences(node).notifySettings())
                .isEqualTo(new NotifySettings(NotifyWhen.MENTIONS, true, until));

        prefs.rememberNotifySettings(prefs.notifySettings().mutedUntil(null));
        assertThat(prefs.notifySettings().mutedUntil()).isNull();
    }

    @Test
    void anUnreadableSettingFallsBackToTheDefault() {
        node.put("notify.when", "SOMETIMES");
        assertThat(prefs.notifySettings().when()).isEqualTo(NotifyWhen.ALL);
    }
}
