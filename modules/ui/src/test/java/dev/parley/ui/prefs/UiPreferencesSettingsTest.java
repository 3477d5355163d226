package dev.parley.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ui.notify.NotifySettings;
import dev.parley.ui.notify.NotifyWhen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Preferences dialog's settings, kept with the other UI preferences. */
class UiPreferencesSettingsTest {

    @TempDir
    Path node;

    private UiPreferences prefs;

    @BeforeEach
    void open() {
        prefs = new UiPreferences(node);
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
    void anUnreadableSettingFallsBackToTheDefault() throws Exception {
        Files.writeString(node.resolve("ui-preferences.json"), "{\"notify.when\":\"SOMETIMES\"}");
        assertThat(new UiPreferences(node).notifySettings().when()).isEqualTo(NotifyWhen.ALL);
    }
}
