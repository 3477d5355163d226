package dev.parley.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPreferencesTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    @Test
    void aFreshInstallRemembersNothingAndOffersTheDefaults() {
        var prefs = new UiPreferences(dataDir);

        assertThat(prefs.recentRooms()).isEmpty();
        assertThat(prefs.lastUsername()).isEmpty();
        assertThat(prefs.lastRoomName()).isEqualTo("Parley room");
        assertThat(prefs.lastHostPort()).isEqualTo(5050);
        assertThat(prefs.bounds("chat")).isEmpty();
    }

    @Test
    void theLatestRoomComesFirstAndARoomIsListedOnce() {
        var prefs = new UiPreferences(dataDir);
        prefs.rememberRoom("a:5050");
        prefs.rememberRoom("b:5050");
        prefs.rememberRoom("A:5050");

        assertThat(prefs.recentRooms()).containsExactly("A:5050", "b:5050");
        assertThat(new UiPreferences(dataDir).recentRooms()).containsExactly("A:5050", "b:5050");
    }

    @Test
    void onlyTheEightLatestRoomsAreKept() {
        var prefs = new UiPreferences(dataDir);
        for (int i = 1; i <= 10; i++) {
            prefs.rememberRoom("room" + i + ":5050");
        }

        assertThat(prefs.recentRooms())
                .hasSize(8)
                .startsWith("room10:5050", "room9:5050")
                .endsWith("room3:5050");
    }

    @Test
    void usernameHostSettingsAndWindowPlacesAreRememberedInTheDataDirectory() {
        var prefs = new UiPreferences(dataDir);
        prefs.rememberUsername("alice");
        prefs.rememberHost("Friday review", 6060);
        prefs.saveBounds("chat", new Rectangle(10, 20, 700, 500));

        assertThat(dataDir.resolve("ui-preferences.json")).exists();
        var again = new UiPreferences(dataDir);
        assertThat(again.lastUsername()).isEqualTo("alice");
        assertThat(again.lastRoomName()).isEqualTo("Friday review");
        assertThat(again.lastHostPort()).isEqualTo(6060);
    }

    @Test
    void twoDataDirectoriesKeepTheirOwn() {
        var work = new UiPreferences(dataDir);
        var home = new UiPreferences(otherDataDir);
        work.rememberUsername("alice");
        work.rememberRoom("office:5050");
        home.rememberUsername("ali");
        home.rememberRoom("home:5050");

        assertThat(new UiPreferences(dataDir).lastUsername()).isEqualTo("alice");
        assertThat(new UiPreferences(dataDir).recentRooms()).containsExactly("office:5050");
        assertThat(new UiPreferences(otherDataDir).lastUsername()).isEqualTo("ali");
        assertThat(new UiPreferences(otherDataDir).recentRooms()).containsExactly("home:5050");
    }

    @Test
    void theFileIsWrittenWholeWithNoTemporaryFileLeft() throws Exception {
        new UiPreferences(dataDir).rememberUsername("alice");

        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ui-preferences.json");
        }
        assertThat(Files.readString(dataDir.resolve("ui-preferences.json"), StandardCharsets.UTF_8))
                .contains("\"lastUsername\" : \"alice\"");
    }

    @Test
    void anUnreadableFileIsIgnoredAndReplacedByTheNextChange() throws Exception {
        Files.writeString(dataDir.resolve("ui-preferences.json"), "{not json");

        var prefs = new UiPreferences(dataDir);
        assertThat(prefs.lastUsername()).isEmpty();
        prefs.rememberUsername("bob");

        assertThat(new UiPreferences(dataDir).lastUsername()).isEqualTo("bob");
    }

    @Test
    void unreadableBoundsAreForgotten() throws Exception {
        Files.writeString(dataDir.resolve("ui-preferences.json"), "{\"bounds.chat\":\"10,20,wide\"}");

        assertThat(new UiPreferences(dataDir).bounds("chat")).isEmpty();
    }

    @Test
    void blankRecentEntriesAreSkipped() throws Exception {
        Files.writeString(dataDir.resolve("ui-preferences.json"), "{\"recent.0\":\" \",\"recent.1\":\"c:5050\"}");

        assertThat(new UiPreferences(dataDir).recentRooms()).containsExactly("c:5050");
    }

    @Test
    void aRecentRoomKeepsItsNameShownBeforeItsAddress() throws Exception {
        var prefs = new UiPreferences(dataDir);
        prefs.rememberRoom("192.168.1.20:5999", "Attic");
        prefs.rememberRoom("b:5050");
        prefs.rememberRoom("192.168.1.20:5999");

        var again = new UiPreferences(dataDir);
        assertThat(again.recentRoomsNamed())
                .containsExactly(
                        new UiPreferences.RecentRoom("192.168.1.20:5999", "Attic"),
                        new UiPreferences.RecentRoom("b:5050", null));
        assertThat(again.recentRoomsNamed().getFirst()).hasToString("Attic — 192.168.1.20:5999");
        assertThat(again.recentRoomsNamed().getLast()).hasToString("b:5050");
    }

    @Test
    void aRenamedRoomShowsItsNewName() throws Exception {
        var prefs = new UiPreferences(dataDir);
        prefs.rememberRoom("a:5050", "Attic");
        prefs.rememberRoom("a:5050", "Loft");

        assertThat(prefs.recentRoomsNamed()).containsExactly(new UiPreferences.RecentRoom("a:5050", "Loft"));
    }

    @Test
    void aForgottenRoomLeavesTheListAndItsNameWithIt() throws Exception {
        var prefs = new UiPreferences(dataDir);
        prefs.rememberRoom("a:5050", "Attic");
        prefs.rememberRoom("b:5050", "Basement");

        prefs.forgetRoom("A:5050");

        assertThat(prefs.recentRoomsNamed()).containsExactly(new UiPreferences.RecentRoom("b:5050", "Basement"));
        assertThat(Files.readString(dataDir.resolve("ui-preferences.json"))).doesNotContain("Attic");
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectorySeesTheFirstsChangesAndKeepsThem() {
        var first = new UiPreferences(dataDir);
        var second = new UiPreferences(dataDir);

        first.rememberUsername("amy");
        assertThat(second.lastUsername()).contains("amy");

        second.rememberRoom("b:5050");
        assertThat(first.lastUsername()).contains("amy");
        assertThat(first.recentRooms()).containsExactly("b:5050");
    }
}
