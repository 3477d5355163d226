package dev.parley.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    private final List<OutboundQueue> roundsAsked = new CopyOnWriteArrayList<>();
    private final OutboundQueue queue = new OutboundQueue(100, roundsAsked::add);

    @Test
    void linesQueuedBeforeTheRoundGoOutAsOneBatchInOrder() throws Exception {
        queue.offer(line("a"));
        queue.offer(line("b"));
        queue.offer(line("c"));
        assertThat(roundsAsked).containsExactly(queue);

        queue.release();
        assertThat(texts(drain())).containsExactly("a", "b", "c");

        queue.offer(line("d"));
        assertThat(roundsAsked).as("the next batch asks for a round of its own").hasSize(2);
    }

    @Test
    void theWriterWaitsForItsRound() throws Exception {
        queue.offer(line("a"));
        var drained = new CompletableFuture<List<String>>();
        Thread writer = Thread.ofPlatform().start(() -> drained.complete(drainQuietly()));

        awaitParked(writer);
        assertThat(drained).isNotDone();
        queue.release();
        assertThat(drained.get(5, TimeUnit.SECONDS)).containsExactly("a");
    }

    @Test
    void aFullQueueRefusesTheLineThatWouldPassTheLimit() throws Exception {
        assertThat(queue.offer(new byte[60])).isEqualTo(OutboundQueue.Offer.ACCEPTED);
        assertThat(queue.offer(new byte[41])).isEqualTo(OutboundQueue.Offer.OVERFLOW);
        assertThat(queue.offer(new byte[40])).isEqualTo(OutboundQueue.Offer.ACCEPTED);

        queue.release();
        assertThat(drain()).hasSize(2);
        assertThat(queue.offer(new byte[100])).as("draining frees the room").isEqualTo(OutboundQueue.Offer.ACCEPTED);
    }

    @Test
    void closingHandsOverWhatIsQueuedWithoutARoundThenEnds() throws Exception {
        queue.offer(line("last words"));
        queue.close();

        assertThat(queue.offer(line("too late"))).isEqualTo(OutboundQueue.Offer.CLOSED);
        assertThat(texts(drain())).containsExactly("last words");
        assertThat(queue.drainTo(new Batch())).as("closed and empty").isFalse();
    }

    private static void awaitParked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("the writer parks").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private List<byte[]> drain() throws InterruptedException {
        var batch = new Batch();
        assertThat(queue.drainTo(batch)).isTrue();
        return Arrays.asList(batch.lines).subList(0, batch.size);
    }

    private List<String> drainQuietly() {
        try {
            return texts(drain());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] line(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<byte[]> lines) {
        return lines.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }
}
