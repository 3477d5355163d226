package dev.parley.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.app.config.ConfigFile.ConfigException;
import dev.parley.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void firstStartWritesTheDocumentedDefaultsWhichMatchTheBuiltInOnes() throws Exception {
        ServerSettings settings = ConfigFile.loadOrCreate(dir);

        assertThat(Files.readString(dir.resolve("server.json"))).contains("\"port\": 5050");
        assertThat(settings.toServerConfig()).isEqualTo(ServerConfig.defaults());
        assertThat(settings.hashIterations()).isEqualTo(ServerSettings.DEFAULT_HASH_ITERATIONS);
    }

    @Test
    void missingKeysTakeDefaults() throws Exception {
        Files.writeString(dir.resolve("server.json"), "{\"port\": 6000, \"allowGuests\": true}");

        ServerConfig config = ConfigFile.loadOrCreate(dir).toServerConfig();

        assertThat(config.port()).isEqualTo(6000);
        assertThat(config.allowGuests()).isTrue();
        assertThat(config.maxMessageBytes()).isEqualTo(ServerConfig.defaults().maxMessageBytes());
    }

    @Test
    void theOldKeyMaxLineBytesStillWorks() throws Exception {
        Files.writeString(dir.resolve("server.json"), "{\"maxLineBytes\": 4096}");

        assertThat(ConfigFile.loadOrCreate(dir).toServerConfig().maxMessageBytes())
                .isEqualTo(4096);
    }

    @Test
    void theNewKeyWinsOverTheOld() throws Exception {
        Files.writeString(dir.resolve("server.json"), "{\"maxLineBytes\": 4096, \"maxMessageBytes\": 8192}");

        assertThat(ConfigFile.loadOrCreate(dir).toServerConfig().maxMessageBytes())
                .isEqualTo(8192);
    }

    @Test
    void aMessageLimitAboveWhatABroadcastCanCarryIsRefused() throws Exception {
        Files.writeString(dir.resolve("server.json"), "{\"maxMessageBytes\": 2000000}");
        ServerSettings settings = ConfigFile.loadOrCreate(dir);

        assertThatThrownBy(settings::toServerConfig)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxMessageBytes");
    }

    @Test
    void aMistypedKeyIsNamed() throws Exception {
        Files.writeString(dir.resolve("server.json"), "{\"prot\": 6000}");

        assertThatThrownBy(() -> ConfigFile.loadOrCreate(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key \"prot\"")
                .hasMessageContaining("port");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() throws Exception {
        Files.writeString(dir.resolve("server.json"), "{\n\"port\": 6000,,\n}");

        assertThatThrownBy(() -> ConfigFile.loadOrCreate(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void badValuesAreRefused() throws Exception {
        Files.writeString(dir.resolve("server.json"), "{\"minClientVersion\": \"two\"}");
        ServerSettings settings = ConfigFile.loadOrCreate(dir);
        assertThatThrownBy(settings::toServerConfig).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOwnerIsAUsernameOrNone() throws Exception {
        assertThat(ConfigFile.loadOrCreate(dir).toServerConfig().hasOwner()).isFalse();

        Files.writeString(dir.resolve("server.json"), "{\"owner\": \"alice\"}");
        assertThat(ConfigFile.loadOrCreate(dir).toServerConfig().owner()).isEqualTo("alice");

        Files.writeString(dir.resolve("server.json"), "{\"owner\": \"al ice\"}");
        ServerSettings bad = ConfigFile.loadOrCreate(dir);
        assertThatThrownBy(bad::toServerConfig)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owner");
    }
}
