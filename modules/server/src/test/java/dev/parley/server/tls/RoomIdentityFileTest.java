package dev.parley.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.parley.accounts.StoreException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomIdentityFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theFirstStartMakesAnIdentityEveryLaterStartReadsTheSame() throws Exception {
        Path file = dir.resolve(RoomIdentityFile.FILE_NAME);

        RoomIdentity made = RoomIdentityFile.loadOrCreate(file, "Friday night", CLOCK);
        RoomIdentity read = RoomIdentityFile.loadOrCreate(file, "Renamed since", CLOCK);

        assertThat(read.fingerprint()).isEqualTo(made.fingerprint());
        assertThat(read.certificate()).isEqualTo(made.certificate());
        assertThat(read.privateKey()).isEqualTo(made.privateKey());
        assertThat(made.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Friday night");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aRoomWithoutANameIsCalledParleyRoom() throws Exception {
        RoomIdentity made = RoomIdentityFile.loadOrCreate(dir.resolve("id.p12"), "  ", CLOCK);

        assertThat(made.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Parley room");
    }

    @Test
    void onlyItsOwnerMayReadTheFile() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve(RoomIdentityFile.FILE_NAME);

        RoomIdentityFile.loadOrCreate(file, "room", CLOCK);

        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aCorruptFileIsSetAsideAndANewIdentityMade() throws Exception {
        Path file = dir.resolve(RoomIdentityFile.FILE_NAME);
        RoomIdentity before = RoomIdentityFile.loadOrCreate(file, "room", CLOCK);
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 0x5A;
        Files.write(file, damaged);

        RoomIdentity after = RoomIdentityFile.loadOrCreate(file, "room", CLOCK);

        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
        Path aside = dir.resolve(RoomIdentityFile.FILE_NAME + ".corrupt-20261127-101530");
        assertThat(aside).hasBinaryContent(damaged);
        assertThat(RoomIdentityFile.loadOrCreate(file, "room", CLOCK).fingerprint())
                .isEqualTo(after.fingerprint());
    }

    @Test
    void anEmptyOrForeignFileIsSetAsideToo() throws Exception {
        Path file = dir.resolve(RoomIdentityFile.FILE_NAME);
        Files.writeString(file, "not a key store");

        RoomIdentity made = RoomIdentityFile.loadOrCreate(file, "room", CLOCK);

        assertThat(dir.resolve(RoomIdentityFile.FILE_NAME + ".corrupt-20261127-101530"))
                .hasContent("not a key store");
        assertThat(RoomIdentityFile.read(file).fingerprint()).isEqualTo(made.fingerprint());
    }

    @Test
    void aFileThatCannotBeSavedStopsTheRoomWithAClearError() throws Exception {
        Path notADirectory = dir.resolve("plain-file");
        Files.writeString(notADirectory, "x");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> RoomIdentityFile.loadOrCreate(notADirectory.resolve("id.p12"), "room", CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot save the room's TLS identity");
    }
}
