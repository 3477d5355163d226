package dev.parley.client;

import static org.assertj.core.api.Assertions.fail;

import dev.parley.protocol.message.ServerMessage;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Keeps what a client's listener heard, to wait on with timeouts. */
final class RecordingListener implements ClientListener {

    static final long TIMEOUT_S = 10;
    final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();

    record Disconnected(String reason) {}

    @Override
    public void onMessage(ServerMessage message) {
        heard.add(message);
    }

    @Override
    public void onDisconnected(String reason) {
        heard.add(new Disconnected(reason));
    }

    /** Nothing heard so far. */
    boolean heardNothing() {
        return heard.isEmpty();
    }

    Object next() throws InterruptedException {
        Object item = heard.poll(TIMEOUT_S, TimeUnit.SECONDS);
        if (item == null) {
            fail("nothing heard within " + TIMEOUT_S + " s");
        }
        return item;
    }

    <T> T await(Class<T> type, Predicate<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            Object item = heard.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (type.isInstance(item) && condition.test(type.cast(item))) {
                return type.cast(item);
            }
        }
        return fail("no matching " + type.getSimpleName() + " within " + TIMEOUT_S + " s");
    }

    <T> T await(Class<T> type) throws InterruptedException {
        return await(type, x -> true);
    }
}
