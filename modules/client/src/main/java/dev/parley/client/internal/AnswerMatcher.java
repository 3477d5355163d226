package dev.parley.client.internal;

import dev.parley.client.ConnectionLostException;
import dev.parley.protocol.message.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests waiting for their answers. The protocol has no request ids, so an arriving message answers the oldest
 * waiting request whose {@link Expectation} accepts it; a message nobody waits for is an event.
 *
 * <p>A request that times out keeps its place: the room answers every request in order, so its
 * answer may still come, and must not be taken for the answer to a younger request of the same kind. A late
 * answer is dropped. A cancelled request (one whose answer will never come) gives up its place.
 */
public final class AnswerMatcher {

    private record Waiter(Expectation expects, CompletableFuture<ServerMessage> answer) {}

    private final Duration timeout;
    /** In the order the requests went out; a timed-out one stays until its answer comes. */
    private final List<Waiter> waiters = new ArrayList<>();

    private String closedReason;

    /** Each request fails with a {@link TimeoutException} when its answer has not come within {@code timeout}. */
    public AnswerMatcher(Duration timeout) {
        this.timeout = timeout;
    }

    /** Registers a waiter, before its request goes out; it fails at once if the connection is already gone. */
    public synchronized CompletableFuture<ServerMessage> expect(Expectation expects) {
        var waiter = new Waiter(expects, new CompletableFuture<>());
        if (closedReason != null) {
            waiter.answer().completeExceptionally(new ConnectionLostException(closedReason));
            return waiter.answer();
        }
        waiters.add(waiter);
        waiter.answer().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        forgetWhenCancelled(waiter);
        return waiter.answer();
    }

    // The stage whenComplete returns only repeats the answer's own outcome, which the requester holds and handles;
    // forget cannot fail. The answer itself is what requesters get: cancelling it must reach the waiter.
    @SuppressWarnings("FutureReturnValueIgnored")
    private void forgetWhenCancelled(Waiter waiter) {
        waiter.answer().whenComplete((m, e) -> {
            if (e instanceof CancellationException) {
                forget(waiter);
            }
        });
    }

    /** Hands {@code message} to its waiter; false when nobody waits for it (it is an event). */
    public boolean offer(ServerMessage message) {
        Waiter taker = null;
        synchronized (this) {
            for (var it = waiters.iterator(); it.hasNext(); ) {
                Waiter w = it.next();
                if (w.expects().accepts(message)) {
                    it.remove();
                    taker = w;
                    break;
                }
            }
        }
        if (taker == null) {
            return false;
        }
        // Completed outside the lock: what runs next may send a request and wait again. A request that timed out
        // is complete already, so its late answer goes nowhere.
        taker.answer().complete(message);
        return true;
    }

    /** Fails every waiting request with {@link ConnectionLostException}, and every later one at once. */
    public void closeAll(String reason) {
        List<Waiter> left;
        synchronized (this) {
            closedReason = reason;
            left = List.copyOf(waiters);
            waiters.clear();
        }
        left.forEach(w -> w.answer().completeExceptionally(new ConnectionLostException(reason)));
    }

    private synchronized void forget(Waiter waiter) {
        waiters.remove(waiter);
    }
}
