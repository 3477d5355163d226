package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoomAddressTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "myhost               | myhost      | 5050",
                "  myhost:6000        | myhost      | 6000",
                "192.168.1.5          | 192.168.1.5 | 5050",
                "192.168.1.5:5051     | 192.168.1.5 | 5051",
                "[fd00::5]:6000       | fd00::5     | 6000",
                "[fd00::5]            | fd00::5     | 5050",
                "fd00::5              | fd00::5     | 5050",
                "::1                  | ::1         | 5050",
                "host:1               | host        | 1",
                "host:65535           | host        | 65535",
                "host: 7000           | host        | 7000"
            })
    void parsesWhatPeopleType(String typed, String host, int port) {
        assertThat(RoomAddress.parse(typed)).isEqualTo(new RoomAddress(host, port));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void nothingTypedAsksForAnAddress(String typed) {
        assertThatThrownBy(() -> RoomAddress.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Type the room's address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"host:0", "host:65536", "host:-1", "host:abc", "host:", "[fd00::5]:99999", "[::1]:x"})
    void badPortsSaySo(String typed) {
        assertThatThrownBy(() -> RoomAddress.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a port");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[fd00::5:5050   | closing ']'",
                "[fd00::5]5050   | after the brackets",
                ":5050           | needs a host",
                "[]:5050         | needs a host"
            })
    void otherMistakesSayWhatIsWrong(String typed, String says) {
        assertThatThrownBy(() -> RoomAddress.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(says);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"myhost  | 5050 | myhost:5050", "fd00::5 | 6000 | [fd00::5]:6000"})
    void formatsWhatParseReadsBack(String host, int port, String written) {
        assertThat(RoomAddress.format(host, port)).isEqualTo(written);
        assertThat(RoomAddress.parse(written)).isEqualTo(new RoomAddress(host, port));
    }
}
