package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.tls.RoomIdentity;
import dev.parley.server.tls.RoomIdentityFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A room started from its data directory is the same room to TLS clients after a restart. */
class RoomIdentityIT {

    @TempDir
    Path dir;

    private RoomIdentity load() throws Exception {
        return RoomIdentityFile.loadOrCreate(dir.resolve(RoomIdentityFile.FILE_NAME), "Parley room", Clock.systemUTC());
    }

    @Test
    void aClientThatPinnedTheRoomJoinsItAgainAfterARestart() throws Exception {
        Fingerprint pinned;
        try (var room = TestRoom.start(dir, load())) {
            pinned = room.server.certificateFingerprint().orElseThrow();
            room.connectTls(pinned).register("alice", "pw-alice");
        }

        try (var room = TestRoom.start(dir, load())) {
            assertThat(room.server.certificateFingerprint()).contains(pinned);
            room.connectTls(pinned).login("alice", "pw-alice");
        }
    }

    @Test
    void aCorruptIdentityIsSetAsideAndClientsThatPinnedTheOldOneRefuseTheNew() throws Exception {
        Fingerprint pinned;
        try (var room = TestRoom.start(dir, load())) {
            pinned = room.server.certificateFingerprint().orElseThrow();
        }
        Path file = dir.resolve(RoomIdentityFile.FILE_NAME);
        Files.write(file, new byte[] {0x30, (byte) 0x82, 0x7F});

        try (var room = TestRoom.start(dir, load())) {
            Fingerprint now = room.server.certificateFingerprint().orElseThrow();
            assertThat(now).isNotEqualTo(pinned);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .anyMatch(n -> n.startsWith(RoomIdentityFile.FILE_NAME + ".corrupt-"));
            }
            assertThatThrownBy(() -> room.connectTls(pinned)).isInstanceOf(SSLHandshakeException.class);
            room.connectTls(now).register("bob", "pw-bob");
        }
    }
}
