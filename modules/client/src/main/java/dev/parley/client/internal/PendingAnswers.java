package dev.parley.client.internal;

import dev.parley.client.ConnectionLostException;
import dev.parley.protocol.message.ServerMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Requests waiting for their answers. The protocol has no request ids, so an arriving message answers the oldest
 * waiting request that accepts its type; a message nobody waits for is an event.
 */
public final class PendingAnswers {

    private record Waiter(Set<Class<? extends ServerMessage>> accepts, CompletableFuture<ServerMessage> answer) {
    }

    private final List<Waiter> waiters = new ArrayList<>();
    private String closedReason;

    /** Registers a waiter; it fails at once if the connection is already gone. */
    public synchronized CompletableFuture<ServerMessage> expect(Set<Class<? extends ServerMessage>> accepts) {
        var answer = new CompletableFuture<ServerMessage>();
        if (closedReason != null) {
            answer.completeExceptionally(new ConnectionLostException(closedReason));
        } else {
            waiters.add(new Waiter(accepts, answer));
            answer.whenComplete((m, e) -> forget(answer));
        }
        return answer;
    }

    /** Hands {@code message} to its waiter; false when nobody waits for it. */
    public boolean offer(ServerMessage message) {
        CompletableFuture<ServerMessage> taker = null;
        synchronized (this) {
            for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
                Waiter w = it.next();
                if (w.accepts().stream().anyMatch(type -> type.isInstance(message))) {
                    it.remove();
                    taker = w.answer();
                    break;
                }
            }
        }
        // Completed outside the lock: what runs next may send a request and wait again.
        return taker != null && taker.complete(message);
    }

    public void closeAll(String reason) {
        List<Waiter> left;
        synchronized (this) {
            closedReason = reason;
            left = List.copyOf(waiters);
            waiters.clear();
        }
        left.forEach(w -> w.answer().completeExceptionally(new ConnectionLostException(reason)));
    }

    private synchronized void forget(CompletableFuture<ServerMessage> answer) {
        waiters.removeIf(w -> w.answer() == answer);
    }
}
