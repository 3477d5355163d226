package dev.parley.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void secondUserOfTheSameFolderIsRefused() throws Exception {
        try (DataDirectory first = DataDirectory.open(dir)) {
            assertThatThrownBy(() -> DataDirectory.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Another Parley server");
            assertThat(first.root()).isEqualTo(dir.toAbsolutePath().normalize());
        }
        DataDirectory.open(dir).close();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> DataDirectory.open(file)).isInstanceOf(StoreException.class);
    }
}
