package dev.parley.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void standsStillUntilMoved() {
        MutableClock clock = MutableClock.at(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    }

    @Test
    void advancesByTheGivenAmount() {
        MutableClock clock = MutableClock.at(START);

        assertThat(clock.advance(Duration.ofMinutes(30))).isEqualTo(START.plusSeconds(1800));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(1800));
    }

    @Test
    void canBeSetToAnyInstant() {
        MutableClock clock = MutableClock.at(START);

        clock.set(START.minusSeconds(5));

        assertThat(clock.instant()).isEqualTo(START.minusSeconds(5));
    }

    @Test
    void aClockInAnotherZoneMovesWithIt() {
        MutableClock clock = MutableClock.at(START);
        var paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofHours(1));

        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(START.plusSeconds(3600));
    }
}
