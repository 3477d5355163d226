package dev.parley.testroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testsupport.MutableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared room fixture: a real room on loopback that answers, on the clock the test moves. */
class RunningRoomIT {

    @TempDir
    Path dir;

    @Test
    void aClientOnLoopbackIsAnswered() throws Exception {
        try (var room = RunningRoom.in(dir).start();
                var socket = new Socket(room.host(), room.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write("{\"user\":\"alice\",\"type\":\"register\"}\n".getBytes(StandardCharsets.UTF_8));
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));

            assertThat(in.readLine()).contains("\"username_register_status\"").contains("\"taken\":\"false\"");
        }
    }

    @Test
    void theConfigurationChangeIsApplied() throws Exception {
        try (var room =
                RunningRoom.in(dir).configured(c -> c.roomName("Test lab")).start()) {
            assertThat(room.server().roomName()).isEqualTo("Test lab");
            assertThat(room.host()).isEqualTo(RunningRoom.LOOPBACK);
            assertThat(room.port()).isPositive();
        }
    }

    @Test
    void aBanEndsWhenTheTestMovesTheClockPastIt() throws Exception {
        var clock = MutableClock.startingNow();
        try (var room = RunningRoom.in(dir).clock(clock).start()) {
            room.server().banAddress("192.0.2.7", "spam", Duration.ofMinutes(10));
            assertThat(room.server().bans()).extracting(b -> b.address()).containsExactly("192.0.2.7");

            clock.advance(Duration.ofMinutes(11));

            assertThat(room.server().bans()).isEmpty();
        }
    }
}
