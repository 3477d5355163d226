package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AcceptBackOffTest {

    private final List<Long> sleeps = new ArrayList<>();
    private final AcceptBackOff backOff = new AcceptBackOff(sleeps::add);
    private final Logger logger = (Logger) LoggerFactory.getLogger(AcceptBackOff.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void waitsLongerEachTimeUpToASecondAndLogsOncePerRun() throws Exception {
        var emfile = new IOException("Too many open files");
        for (int i = 0; i < 10; i++) {
            backOff.failed(emfile);
        }
        assertThat(sleeps).containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1000L, 1000L, 1000L);
        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("Too many open files");
        });

        backOff.succeeded();
        backOff.succeeded();
        assertThat(log.list).hasSize(2);
        assertThat(log.list.get(1).getFormattedMessage()).contains("again after 10 failed");

        sleeps.clear();
        backOff.failed(emfile);
        assertThat(sleeps).as("a new run starts short").containsExactly(10L);
        assertThat(log.list).hasSize(3);
    }
}
