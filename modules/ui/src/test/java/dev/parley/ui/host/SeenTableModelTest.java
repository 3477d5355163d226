package dev.parley.ui.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ui.HostTools.SeenPerson;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SeenTableModelTest {

    @Test
    void banOffersTheUserTheAddressInBracketsAndItsNetwork() {
        var eve = new SeenPerson("eve", "203.0.113.7", "203.0.113.0/24", Instant.EPOCH, false, Map.of());

        assertThat(SeenTableModel.choices(eve))
                .extracting(BanDialog.Choice::target)
                .containsExactly("eve", "[203.0.113.7]", "203.0.113.0/24");
    }

    @Test
    void someoneWithoutANameIsOfferedTheirAddressFirst() {
        var flooder = new SeenPerson(null, "2001:db8:0:7:0:0:0:9", "2001:db8:0:7::/64", Instant.EPOCH, false, Map.of());

        assertThat(SeenTableModel.choices(flooder))
                .extracting(BanDialog.Choice::name)
                .containsExactly("banAsAddress", "banAsNetwork");
    }

    @Test
    void tripsReadAsWordsWithCounts() {
        var trips = new TreeMap<String, Integer>(Map.of("too_many_attempts", 3, "rate_limited", 40));
        var eve = new SeenPerson("eve", "203.0.113.7", "203.0.113.0/24", Instant.EPOCH, false, trips);

        assertThat(SeenTableModel.trips(eve)).isEqualTo("rate limited ×40, too many attempts ×3");
    }
}
