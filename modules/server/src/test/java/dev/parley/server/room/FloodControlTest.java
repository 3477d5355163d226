package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ServerConfig;
import dev.parley.server.room.FloodControl.Kind;
import dev.parley.server.room.FloodControl.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FloodControlTest {

    private final FloodControl flood = new FloodControl(ServerConfig.defaults(), 0);

    @Test
    void tenMessagesAtOnceThenFiveASecond() {
        for (int i = 0; i < 10; i++) {
            assertThat(flood.take(Kind.MESSAGE, 0)).isInstanceOf(Verdict.Allowed.class);
        }
        assertThat(flood.take(Kind.MESSAGE, 0)).isEqualTo(new Verdict.Refused(Duration.ofMillis(200)));
        assertThat(flood.take(Kind.MESSAGE, 200)).isInstanceOf(Verdict.Allowed.class);
        assertThat(flood.take(Kind.MESSAGE, 200)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void eachKindHasItsOwnBudget() {
        for (int i = 0; i < 10; i++) {
            flood.take(Kind.MESSAGE, 0);
        }
        assertThat(flood.take(Kind.TYPING, 0)).isInstanceOf(Verdict.Allowed.class);
        assertThat(flood.take(Kind.USER_LIST, 0)).isInstanceOf(Verdict.Allowed.class);
        for (int i = 0; i < 7; i++) {
            flood.take(Kind.TYPING, 0);
        }
        assertThat(flood.take(Kind.TYPING, 0)).as("typing: a burst of 8").isInstanceOf(Verdict.Refused.class);
        flood.take(Kind.USER_LIST, 0);
        flood.take(Kind.USER_LIST, 0);
        assertThat(flood.take(Kind.USER_LIST, 0)).as("user lists: 3").isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void sendingOnFarPastTheBudgetIsFlooding() {
        for (int i = 0; i < 10; i++) {
            flood.take(Kind.MESSAGE, 0);
        }
        for (int i = 0; i < FloodControl.REFUSALS.burst(); i++) {
            assertThat(flood.take(Kind.MESSAGE, 0)).isInstanceOf(Verdict.Refused.class);
        }
        assertThat(flood.take(Kind.MESSAGE, 0)).isInstanceOf(Verdict.Flooding.class);
    }

    @Test
    void anOccasionalRefusalIsForgiven() {
        long now = 0;
        for (int i = 0; i < 10; i++) {
            flood.take(Kind.MESSAGE, now);
        }
        // A client one message a second over the pace, for a minute: refused now and then, never closed.
        for (int second = 0; second < 60; second++) {
            for (int i = 0; i < 6; i++) {
                assertThat(flood.take(Kind.MESSAGE, now)).isNotInstanceOf(Verdict.Flooding.class);
                now += 1000 / 6;
            }
        }
    }

    @Test
    void theRefusalSaysTheLimitAndWhenToTryAgain() {
        assertThat(flood.refusalText(Kind.MESSAGE, Duration.ofMillis(200)))
                .contains("5 chat messages a second")
                .contains("200 ms");
    }
}
