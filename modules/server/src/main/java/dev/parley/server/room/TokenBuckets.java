package dev.parley.server.room;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link TokenBucket} per key (an address, an account), all at one rate. A key without a bucket has a full one;
 * past {@link #TIDY_ABOVE} keys the full buckets are forgotten, so a crowd of addresses cannot grow it without end.
 * Thread-safe.
 */
final class TokenBuckets<K> {

    static final int TIDY_ABOVE = 10_000;

    private final TokenBucket.Rate rate;
    private final Clock clock;
    private final Map<K, TokenBucket> buckets = new HashMap<>();

    TokenBuckets(TokenBucket.Rate rate, Clock clock) {
        this.rate = rate;
        this.clock = clock;
    }

    synchronized boolean tryTake(K key) {
        return bucket(key).tryTake(clock.millis());
    }

    synchronized void giveBack(K key) {
        TokenBucket b = buckets.get(key);
        if (b != null) {
            b.giveBack(clock.millis());
        }
    }

    synchronized boolean hasToken(K key) {
        TokenBucket b = buckets.get(key);
        return b == null || b.hasToken(clock.millis());
    }

    /** True when {@code key} has used none of its burst (or all of it has come back). */
    synchronized boolean isFull(K key) {
        TokenBucket b = buckets.get(key);
        return b == null || b.isFull(clock.millis());
    }

    private TokenBucket bucket(K key) {
        long now = clock.millis();
        TokenBucket b = buckets.get(key);
        if (b == null) {
            if (buckets.size() >= TIDY_ABOVE) {
                buckets.values().removeIf(old -> old.isFull(now));
            }
            b = new TokenBucket(rate, now);
            buckets.put(key, b);
        }
        return b;
    }
}
