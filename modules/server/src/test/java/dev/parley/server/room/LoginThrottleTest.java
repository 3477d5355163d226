package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testsupport.MutableClock;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final InetAddress guesser = InetAddress.ofLiteral("192.0.2.1");
    private final InetAddress other = InetAddress.ofLiteral("192.0.2.2");
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(5), clock);

    @Test
    void anAddressIsBlockedAtTheLimitAndOthersAreNot() {
        throttle.recordFailure(guesser);
        throttle.recordFailure(guesser);
        assertThat(throttle.isBlocked(guesser)).as("two failures of three").isFalse();

        throttle.recordFailure(guesser);
        assertThat(throttle.isBlocked(guesser)).isTrue();
        assertThat(throttle.isBlocked(other)).isFalse();
    }

    @Test
    void failuresAgeOutOfTheWindowOneByOne() {
        throttle.recordFailure(guesser);
        clock.advance(Duration.ofMinutes(2));
        throttle.recordFailure(guesser);
        throttle.recordFailure(guesser);
        assertThat(throttle.isBlocked(guesser)).isTrue();

        clock.advance(Duration.ofMinutes(3));
        assertThat(throttle.isBlocked(guesser))
                .as("the first failure is exactly 5 minutes old: still counts")
                .isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.isBlocked(guesser)).as("the first failure aged out").isFalse();

        throttle.recordFailure(guesser);
        assertThat(throttle.isBlocked(guesser))
                .as("two recent ones and a new one")
                .isTrue();
        clock.advance(Duration.ofMinutes(3));
        assertThat(throttle.isBlocked(guesser))
                .as("the two from minute 2 aged out")
                .isFalse();
    }

    @Test
    void aQuietAddressIsForgottenEntirely() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(guesser);
        }
        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.isBlocked(guesser)).isFalse();

        throttle.recordFailure(guesser);
        throttle.recordFailure(guesser);
        assertThat(throttle.isBlocked(guesser))
                .as("old failures do not come back")
                .isFalse();
    }
}
