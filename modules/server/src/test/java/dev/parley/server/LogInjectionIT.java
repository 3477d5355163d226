package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What a client sends reaches the host's log escaped: no forged lines, no terminal escape codes. */
class LogInjectionIT {

    @TempDir
    Path dir;

    private final Logger serverLogs = (Logger) LoggerFactory.getLogger("dev.parley.server");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        serverLogs.addAppender(log);
    }

    @AfterEach
    void release() {
        serverLogs.detachAppender(log);
    }

    @Test
    void aForgedClaimIsLoggedEscaped() throws Exception {
        String claim = "\u001b[31m\nINFO forged";
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");

            alice.send(new SendMessage(claim, "hi"));

            assertThat(alice.awaitClosed()).containsExactly(new WrongIp());
        }
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("spoke for \\u001b[31m\\nINFO forged"))
                .allSatisfy(m -> assertThat(m).doesNotContain("\u001b").doesNotContain("\n"));
    }
}
