package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testsupport.MutableClock;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HashBudgetTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final InetAddress hammer = InetAddress.ofLiteral("192.0.2.1");
    private final InetAddress honest = InetAddress.ofLiteral("192.0.2.2");

    @Test
    void anAddressSpendsItsBurstThenWaitsForTheRefill() {
        var budget = new HashBudget(5, Duration.ofSeconds(3), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(budget.tryTake(hammer)).as("hash %d", i).isTrue();
        }
        assertThat(budget.tryTake(hammer)).isFalse();
        assertThat(budget.tryTake(honest))
                .as("another address has its own budget")
                .isTrue();

        clock.advance(Duration.ofMillis(2_999));
        assertThat(budget.tryTake(hammer)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(budget.tryTake(hammer)).isTrue();
        assertThat(budget.tryTake(hammer)).isFalse();
    }

    @Test
    void refusalsCostNothingAndSavingsStopAtTheBurst() {
        var budget = new HashBudget(2, Duration.ofSeconds(1), clock);
        budget.tryTake(hammer);
        budget.tryTake(hammer);
        for (int i = 0; i < 100; i++) {
            assertThat(budget.tryTake(hammer)).isFalse();
        }
        clock.advance(Duration.ofHours(1));
        assertThat(budget.tryTake(hammer)).isTrue();
        assertThat(budget.tryTake(hammer)).isTrue();
        assertThat(budget.tryTake(hammer)).isFalse();
    }

    @Test
    void theDefaultsLetAnHonestEveningThrough() {
        var budget = new HashBudget(clock);
        // register, then log in again a dozen times with a few typos: well inside the burst
        for (int i = 0; i < 16; i++) {
            assertThat(budget.tryTake(honest)).isTrue();
        }
    }
}
