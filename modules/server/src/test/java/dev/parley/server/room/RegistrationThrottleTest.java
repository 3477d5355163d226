package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.room.RegistrationThrottle.Verdict;
import dev.parley.testsupport.MutableClock;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final RegistrationThrottle throttle = new RegistrationThrottle(2, 3, Duration.ofMinutes(10), clock);
    private final InetAddress a = InetAddress.ofLiteral("192.0.2.1");
    private final InetAddress b = InetAddress.ofLiteral("192.0.2.2");

    @Test
    void anAddressRegistersItsShareThenTheRoomIsFull() {
        assertThat(throttle.tryCount(a)).isEqualTo(Verdict.ALLOWED);
        assertThat(throttle.tryCount(a)).isEqualTo(Verdict.ALLOWED);
        assertThat(throttle.check(a)).isEqualTo(Verdict.ADDRESS_FULL);
        assertThat(throttle.tryCount(a)).as("refused, and not counted").isEqualTo(Verdict.ADDRESS_FULL);

        assertThat(throttle.tryCount(b)).isEqualTo(Verdict.ALLOWED);
        assertThat(throttle.tryCount(b)).as("three for the room in all").isEqualTo(Verdict.ROOM_FULL);
    }

    @Test
    void registrationsAgeOutOfTheWindow() {
        throttle.tryCount(a);
        throttle.tryCount(a);
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.check(a))
                .as("exactly ten minutes old: still counts")
                .isEqualTo(Verdict.ADDRESS_FULL);
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.tryCount(a)).isEqualTo(Verdict.ALLOWED);
    }
}
