package dev.parley.app.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomAnnouncementTest {

    private final RoomAnnouncement room = new RoomAnnouncement("Team room", 5050, "1.4.0", 0, true);

    @Test
    void theServiceIsParleysTypeOnTheRoomsPortNamedAfterTheRoom() {
        var info = room.serviceInfo();

        assertThat(info.getType()).isEqualTo("_parley._tcp.local.");
        assertThat(info.getPort()).isEqualTo(5050);
        assertThat(info.getName()).isEqualTo("Team room");
    }

    @Test
    void theTxtRecordCarriesNameVersionUsersAndTls() {
        assertThat(room.txt()).isEqualTo(Map.of("name", "Team room", "version", "1.4.0", "users", "0", "tls", "true"));
        assertThat(RoomAnnouncement.txtOf(room.serviceInfo())).isEqualTo(room.txt());
        assertThat(new RoomAnnouncement("Plain", 6000, "1.4.0", 0, false).txt()).containsEntry("tls", "false");
    }

    @Test
    void theUserCountUpdatesTheTxtRecord() {
        var later = room.withUsersOnline(3);

        assertThat(later.txt()).containsEntry("users", "3").containsEntry("name", "Team room");
        assertThat(RoomAnnouncement.txtOf(later.serviceInfo())).containsEntry("users", "3");
    }

    @Test
    void aLongNameIsCutToOneDnsLabelWithoutSplittingACharacter() {
        var longName = new RoomAnnouncement("ü".repeat(40), 5050, "1.4.0", 0, false);

        assertThat(longName.instanceName().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(longName.instanceName()).isEqualTo("ü".repeat(31));
        assertThat(longName.txt()).containsEntry("name", "ü".repeat(40));
    }

    @Test
    void aPortOutsideTcpsIsRefused() {
        assertThatThrownBy(() -> new RoomAnnouncement("x", 0, "1.4.0", 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
