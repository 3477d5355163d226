package dev.parley.server.room;

import java.time.Duration;

/**
 * A token bucket: it holds up to {@code burst} tokens and gets one back every {@code refill}, so a client may do a
 * burst at once and then keeps a steady pace. Times are the caller's clock in milliseconds. Not thread-safe.
 */
final class TokenBucket {

    /** How big a burst may be and how fast tokens come back. */
    record Rate(int burst, Duration refill) {
        Rate {
            if (burst < 1 || refill.isNegative() || refill.isZero()) {
                throw new IllegalArgumentException("a rate needs a burst of at least 1 and a positive refill");
            }
        }

        /** {@code perSecond} tokens a second, with a burst of {@code burst}. */
        static Rate perSecond(int perSecond, int burst) {
            return new Rate(burst, Duration.ofNanos(1_000_000_000L / perSecond));
        }
    }

    private final int burst;
    private final double refillMillis;
    private double tokens;
    private long updatedMillis;

    TokenBucket(Rate rate, long nowMillis) {
        this.burst = rate.burst();
        this.refillMillis = rate.refill().toNanos() / 1e6;
        this.tokens = burst;
        this.updatedMillis = nowMillis;
    }

    /** Takes a token; false, taking nothing, when there is none. */
    boolean tryTake(long nowMillis) {
        refill(nowMillis);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Gives back a token taken for something that turned out not to count. */
    void giveBack(long nowMillis) {
        refill(nowMillis);
        tokens = Math.min(burst, tokens + 1);
    }

    boolean hasToken(long nowMillis) {
        refill(nowMillis);
        return tokens >= 1;
    }

    /** Full: the same as never used, so it can be forgotten. */
    boolean isFull(long nowMillis) {
        refill(nowMillis);
        return tokens >= burst;
    }

    /** How long until the next token; 0 when there is one. */
    long millisUntilToken(long nowMillis) {
        refill(nowMillis);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * refillMillis);
    }

    private void refill(long nowMillis) {
        long elapsed = Math.max(0, nowMillis - updatedMillis);
        tokens = Math.min(burst, tokens + elapsed / refillMillis);
        updatedMillis = Math.max(updatedMillis, nowMillis);
    }
}
