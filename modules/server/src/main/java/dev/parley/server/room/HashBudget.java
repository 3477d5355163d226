package dev.parley.server.room;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How many password hashes each address may cost the room: a token bucket per address. Every hash takes a token
 * (a login, right or wrong, and a registration's password), and one that finds the right password gives it back,
 * so only failures spend the budget and honest people behind a shared address do not use it up for each other; an
 * address with none left is refused without hashing.
 * The burst covers anyone honest (a few logins, typos, a registration); the refill lets an address that hammers
 * logins cost the room one hash per refill period, a few percent of one core.
 */
final class HashBudget {

    /** Tokens an address starts with and can save up to. */
    static final int BURST = 20;
    /** One token comes back per period. */
    static final Duration REFILL_PERIOD = Duration.ofSeconds(3);
    /** Past this many addresses, those with a full bucket (the same as no entry) are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final int burst;
    private final long refillMillis;
    private final Clock clock;
    private final Map<InetAddress, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedMillis;
    }

    HashBudget(Clock clock) {
        this(BURST, REFILL_PERIOD, clock);
    }

    HashBudget(int burst, Duration refillPeriod, Clock clock) {
        if (burst < 1 || refillPeriod.isNegative() || refillPeriod.isZero()) {
            throw new IllegalArgumentException("a budget needs a burst of at least 1 and a positive refill period");
        }
        this.burst = burst;
        this.refillMillis = refillPeriod.toMillis();
        this.clock = clock;
    }

    /** Takes one token for a hash from {@code address}; false (and nothing taken) when it has none left. */
    synchronized boolean tryTake(InetAddress address) {
        long now = clock.millis();
        Bucket b = buckets.get(address);
        if (b == null) {
            if (buckets.size() >= TIDY_ABOVE) {
                tidy(now);
            }
            b = new Bucket();
            b.tokens = burst;
            b.updatedMillis = now;
            buckets.put(address, b);
        }
        refill(b, now);
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }

    /** Gives back the token of a hash that found the right password: the budget counts failures only. */
    synchronized void giveBack(InetAddress address) {
        Bucket b = buckets.get(address);
        if (b != null) {
            refill(b, clock.millis());
            b.tokens = Math.min(burst, b.tokens + 1);
        }
    }

    private void refill(Bucket b, long now) {
        long elapsed = Math.max(0, now - b.updatedMillis);
        b.tokens = Math.min(burst, b.tokens + (double) elapsed / refillMillis);
        b.updatedMillis = now;
    }

    private void tidy(long now) {
        buckets.values().removeIf(b -> {
            refill(b, now);
            return b.tokens >= burst;
        });
    }
}
