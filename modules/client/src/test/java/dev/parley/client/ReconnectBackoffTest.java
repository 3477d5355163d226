package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private final List<Duration> slept = new ArrayList<>();
    private final List<Integer> announced = new ArrayList<>();
    private final ReconnectBackoff backoff = new ReconnectBackoff(slept::add);

    @Test
    void theWaitDoublesFromOneSecondUpToThirty() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 50).stream()
                        .map(ReconnectBackoff::delayBefore)
                        .map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void itTriesUntilTheRoomAnswersAnnouncingEachAttempt() throws Exception {
        int[] tries = {0};
        String result = backoff.retry(
                () -> {
                    if (++tries[0] < 4) {
                        throw new IOException("Nobody is hosting a room there");
                    }
                    return "back";
                },
                announced::add);

        assertThat(result).isEqualTo("back");
        assertThat(announced).containsExactly(1, 2, 3, 4);
        assertThat(slept).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L);
    }

    @Test
    void aRefusalEndsTheRetriesAtOnce() {
        var refused = new RejoinRefusedException(new AuthResult.Banned(), "banned");

        assertThatThrownBy(() -> backoff.retry(
                        () -> {
                            throw refused;
                        },
                        announced::add))
                .isSameAs(refused);
        assertThat(announced).containsExactly(1);
    }

    @Test
    void cancellingStopsBeforeTheNextTry() {
        assertThatThrownBy(() -> backoff.retry(
                        () -> {
                            backoff.cancel();
                            throw new IOException("still down");
                        },
                        announced::add))
                .isInstanceOf(InterruptedException.class);
        assertThat(announced).containsExactly(1);
    }
}
