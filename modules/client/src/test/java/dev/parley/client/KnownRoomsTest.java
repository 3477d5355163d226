package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.tls.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** known-rooms.json: what is remembered survives a restart; a file that does not read is set aside, not trusted. */
class KnownRoomsTest {

    private static final Fingerprint ONE = Fingerprint.parse("11".repeat(32));
    private static final Fingerprint TWO = Fingerprint.parse("ab".repeat(32));

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(KnownRooms.FILE_NAME);
    }

    private String[] filesInDir() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void roomsRememberedAreThereAfterARestart() throws Exception {
        KnownRooms first = KnownRooms.in(dir);
        assertThat(first.all()).isEmpty();
        first.remember("192.168.1.5:5050", ONE);
        first.remember("[fd00::5]:5050", TWO);
        first.remember("192.168.1.5:5050", TWO);

        KnownRooms again = KnownRooms.in(dir);

        assertThat(again.all()).isEqualTo(Map.of("192.168.1.5:5050", TWO, "[fd00::5]:5050", TWO));
        assertThat(Files.readString(file())).contains("\"sha256\" : \"" + TWO.hex() + "\"");
        // nothing but the file itself: the temporary files it was written through are gone
        assertThat(filesInDir()).containsExactly(KnownRooms.FILE_NAME);
    }

    @Test
    void aForgottenRoomIsForgottenOnDiskToo() throws Exception {
        KnownRooms rooms = KnownRooms.in(dir);
        rooms.remember("a:1", ONE);
        rooms.remember("b:2", TWO);

        rooms.forget("a:1");

        assertThat(KnownRooms.in(dir).all()).isEqualTo(Map.of("b:2", TWO));
    }

    @Test
    void twoInstancesEachKeepTheirOwnRoom() throws Exception {
        KnownRooms one = KnownRooms.in(dir);
        KnownRooms other = KnownRooms.in(dir);
        one.remember("a:1", ONE);
        other.remember("b:2", TWO);

        assertThat(KnownRooms.in(dir).all()).isEqualTo(Map.of("a:1", ONE, "b:2", TWO));
    }

    @Test
    void aFileThatIsNotJsonIsSetAsideAndNothingIsTrusted() throws Exception {
        Files.writeString(file(), "{\"rooms\":{\"a:1\":{\"sha256\":\"11", StandardCharsets.UTF_8);

        KnownRooms rooms = KnownRooms.in(dir);

        assertThat(rooms.all()).isEmpty();
        String[] files = filesInDir();
        assertThat(files).hasSize(1);
        assertThat(files[0]).startsWith(KnownRooms.FILE_NAME + ".corrupt-");
        assertThat(Files.readString(dir.resolve(files[0]))).startsWith("{\"rooms\"");
        // and the next room trusted starts a good file
        rooms.remember("a:1", ONE);
        assertThat(KnownRooms.in(dir).all()).isEqualTo(Map.of("a:1", ONE));
    }

    @Test
    void aFileWithABadFingerprintIsSetAsideWhole() throws Exception {
        Files.writeString(
                file(),
                "{\"rooms\":{\"a:1\":{\"sha256\":\"" + ONE.hex() + "\"},\"b:2\":{\"sha256\":\"not hex\"}}}",
                StandardCharsets.UTF_8);

        assertThat(KnownRooms.in(dir).all()).isEmpty();
        assertThat(filesInDir()).singleElement().asString().startsWith(KnownRooms.FILE_NAME + ".corrupt-");
    }

    @Test
    void theKeyIsTheAddressAsTypedInLowerCase() {
        assertThat(KnownRooms.key("MyHost", 5050)).isEqualTo("myhost:5050");
        assertThat(KnownRooms.key("fd00::5", 5050)).isEqualTo("[fd00::5]:5050");
    }
}
