package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a client sends reaches the host's log escaped: no forged lines, no terminal escape codes. */
class LogInjectionIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final ServerLog log = new ServerLog();

    @Test
    void aForgedClaimIsLoggedEscaped() throws Exception {
        String claim = "\u001b[31m\nINFO forged";
        try (var room = TestRoom.start(dir)) {
            TestClient alice = room.registered("alice");

            alice.send(new SendMessage(claim, "hi"));

            assertThat(alice.awaitClosed()).containsExactly(new WrongIp());
        }
        assertThat(log.events())
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("spoke for \\u001b[31m\\nINFO forged"))
                .allSatisfy(m -> assertThat(m).doesNotContain("\u001b").doesNotContain("\n"));
    }
}
