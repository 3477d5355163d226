package dev.parley.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheContentAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "old content, longer than the new");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void makesTheDirectoryWhenMissing() throws Exception {
        Path target = dir.resolve("not/yet/there.json");

        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("{}");
    }

    @Test
    void aNewFileIsReadableByItsOwnerOnlyWherePosixAllows() throws Exception {
        Path target = dir.resolve("secret.p12");

        AtomicFiles.write(target, new byte[] {1, 2, 3});

        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(target))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void removesOnlyTheTargetsLeftovers() throws Exception {
        Path target = dir.resolve("history.json");
        Path leftover = Files.createFile(dir.resolve(".history.json.123.tmp"));
        Path otherFiles = Files.createFile(dir.resolve(".accounts.json.456.tmp"));
        Path notTemporary = Files.createFile(dir.resolve(".history.json.789.bak"));

        assertThat(AtomicFiles.removeLeftovers(target)).containsExactly(leftover);

        assertThat(leftover).doesNotExist();
        assertThat(otherFiles).exists();
        assertThat(notTemporary).exists();
    }

    @Test
    void withAnAgeSparesAYoungLeftoverThatMayBeAnotherWriteUnderWay() throws Exception {
        Path target = dir.resolve("known-rooms.json");
        Path young = Files.createFile(dir.resolve(".known-rooms.json.1.tmp"));
        Path old = Files.createFile(dir.resolve(".known-rooms.json.2.tmp"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        assertThat(AtomicFiles.removeLeftovers(target, Duration.ofMinutes(10))).containsExactly(old);

        assertThat(young).exists();
    }

    @Test
    void aMissingDirectoryHasNoLeftovers() throws Exception {
        assertThat(AtomicFiles.removeLeftovers(dir.resolve("nowhere/x.json"))).isEmpty();
    }
}
