package dev.parley.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * What the room logs during one test, for tests of what reaches the host's log: {@code @RegisterExtension final
 * ServerLog log = new ServerLog();}, then {@link #events()}.
 */
final class ServerLog implements BeforeEachCallback, AfterEachCallback {

    private final Logger serverLogs = (Logger) LoggerFactory.getLogger("dev.parley.server");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.start();
        serverLogs.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        serverLogs.detachAppender(appender);
        appender.stop();
    }

    /** The lines logged so far, oldest first (a copy: the room may still be logging). */
    List<ILoggingEvent> events() {
        // AppenderBase.doAppend holds the appender's lock while it adds a line
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }
}
