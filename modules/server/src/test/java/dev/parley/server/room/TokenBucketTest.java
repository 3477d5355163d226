package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final TokenBucket bucket = new TokenBucket(new TokenBucket.Rate(3, Duration.ofSeconds(2)), 0);

    @Test
    void aBurstThenOneTokenPerRefill() {
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).as("the burst is spent").isFalse();
        assertThat(bucket.millisUntilToken(0)).isEqualTo(2000);

        assertThat(bucket.tryTake(1999)).as("not quite one refill later").isFalse();
        assertThat(bucket.tryTake(2000)).isTrue();
        assertThat(bucket.tryTake(2000)).isFalse();
    }

    @Test
    void tokensSaveUpToTheBurstOnly() {
        bucket.tryTake(0);
        assertThat(bucket.isFull(0)).isFalse();
        assertThat(bucket.isFull(60_000)).isTrue();

        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake(60_000)).isTrue();
        }
        assertThat(bucket.tryTake(60_000))
                .as("an hour idle saves no more than the burst")
                .isFalse();
    }

    @Test
    void aTokenGivenBackCanBeTakenAgain() {
        for (int i = 0; i < 3; i++) {
            bucket.tryTake(0);
        }
        bucket.giveBack(0);
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.hasToken(0)).isFalse();
    }

    @Test
    void aClockGoingBackwardsTakesNothingAway() {
        bucket.tryTake(10_000);
        assertThat(bucket.tryTake(5_000)).isTrue();
        assertThat(bucket.tryTake(5_000)).isTrue();
        assertThat(bucket.tryTake(5_000)).isFalse();
    }

    @Test
    void aRatePerSecondRefillsThatOften() {
        var fivePerSecond = new TokenBucket(TokenBucket.Rate.perSecond(5, 1), 0);
        assertThat(fivePerSecond.tryTake(0)).isTrue();
        assertThat(fivePerSecond.tryTake(199)).isFalse();
        assertThat(fivePerSecond.tryTake(200)).isTrue();
    }
}
