package dev.parley.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("parley-test/" + UUID.randomUUID());
    private final UiPreferences prefs = new UiPreferences(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aFreshInstallRemembersNothingAndOffersTheDefaults() {
        assertThat(prefs.recentRooms()).isEmpty();
        assertThat(prefs.lastUsername()).isEmpty();
        assertThat(prefs.lastRoomName()).isEqualTo("Parley room");
        assertThat(prefs.lastHostPort()).isEqualTo(5050);
        assertThat(prefs.bounds("chat")).isEmpty();
    }

    @Test
    void theLatestRoomComesFirstAndARoomIsListedOnce() {
        prefs.rememberRoom("a:5050");
        prefs.rememberRoom("b:5050");
        prefs.rememberRoom("A:5050");

        assertThat(prefs.recentRooms()).containsExactly("A:5050", "b:5050");
    }

    @Test
    void onlyTheEightLatestRoomsAreKept() {
        for (int i = 1; i <= 10; i++) {
            prefs.rememberRoom("room" + i + ":5050");
        }

        assertThat(prefs.recentRooms())
                .hasSize(8)
                .startsWith("room10:5050", "room9:5050")
                .endsWith("room3:5050");
    }

    @Test
    void usernameAndHostSettingsAreRemembered() {
        prefs.rememberUsername("alice");
        prefs.rememberHost("Friday review", 6060);

        var again = new UiPreferences(node);
        assertThat(again.lastUsername()).isEqualTo("alice");
        assertThat(again.lastRoomName()).isEqualTo("Friday review");
        assertThat(again.lastHostPort()).isEqualTo(6060);
    }

    @Test
    void unreadableBoundsAreForgotten() {
        node.put("bounds.chat", "10,20,wide");

        assertThat(prefs.bounds("chat")).isEmpty();
    }

    @Test
    void blankRecentEntriesAreSkipped() {
        node.put("recent.0", " ");
        node.put("recent.1", "c:5050");

        assertThat(prefs.recentRooms()).containsExactly("c:5050");
    }

    @Test
    void aRecentRoomKeepsItsNameShownBeforeItsAddress() {
        prefs.rememberRoom("192.168.1.20:5999", "Attic");
        prefs.rememberRoom("b:5050");
        prefs.rememberRoom("192.168.1.20:5999");

        var again = new UiPreferences(node);
        assertThat(again.recentRoomsNamed())
                .containsExactly(
                        new UiPreferences.RecentRoom("192.168.1.20:5999", "Attic"),
                        new UiPreferences.RecentRoom("b:5050", null));
        assertThat(again.recentRoomsNamed().getFirst()).hasToString("Attic — 192.168.1.20:5999");
        assertThat(again.recentRoomsNamed().getLast()).hasToString("b:5050");
    }

    @Test
    void aRenamedRoomShowsItsNewName() {
        prefs.rememberRoom("a:5050", "Attic");
        prefs.rememberRoom("a:5050", "Loft");

        assertThat(prefs.recentRoomsNamed()).containsExactly(new UiPreferences.RecentRoom("a:5050", "Loft"));
    }

    @Test
    void aForgottenRoomLeavesTheListAndItsNameWithIt() {
        prefs.rememberRoom("a:5050", "Attic");
        prefs.rememberRoom("b:5050", "Basement");

        prefs.forgetRoom("A:5050");

        assertThat(prefs.recentRoomsNamed()).containsExactly(new UiPreferences.RecentRoom("b:5050", "Basement"));
        assertThat(node.get("recent.1.name", null)).isNull();
    }
}
