package dev.parley.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlushSchedulerTest {

    private final FlushScheduler scheduler = new FlushScheduler(TimeUnit.MILLISECONDS.toNanos(1));
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        scheduler.close();
        threads.shutdownNow();
    }

    @Test
    void anIdleRoomsLineIsReleasedWithoutWaitingForAnythingElse() throws Exception {
        var queue = new OutboundQueue(1000, scheduler::schedule);
        var drained = CompletableFuture.supplyAsync(() -> drain(queue), threads);

        queue.offer(new byte[] {'a', '\n'});

        assertThat(drained.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void everyScheduledQueueIsReleasedEvenAfterClose() throws Exception {
        var queues = new ArrayList<OutboundQueue>();
        var drains = new ArrayList<CompletableFuture<Integer>>();
        for (int i = 0; i < 50; i++) {
            var queue = new OutboundQueue(1000, scheduler::schedule);
            queues.add(queue);
            drains.add(CompletableFuture.supplyAsync(() -> drain(queue), threads));
        }
        queues.forEach(q -> q.offer(new byte[] {'x', '\n'}));
        scheduler.close();
        var late = new OutboundQueue(1000, scheduler::schedule);
        late.offer(new byte[] {'y', '\n'});

        for (var d : drains) {
            assertThat(d.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(CompletableFuture.supplyAsync(() -> drain(late), threads).get(5, TimeUnit.SECONDS))
                .isEqualTo(1);
    }

    /** The number of lines the writer got. */
    private static int drain(OutboundQueue queue) {
        try {
            var batch = new Batch();
            queue.drainTo(batch);
            return batch.size;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
