package dev.parley.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {

    private final Path home = Path.of("/home/ann");

    @Test
    void linuxFollowsXdg() {
        assertThat(DataDirs.defaultDataDir("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/ann/.local/share/parley"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/parley"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ann/.local/share/parley"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirs.defaultDataDir("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Parley"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirs.defaultDataDir("Windows 11", Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/Parley"));
    }
}
