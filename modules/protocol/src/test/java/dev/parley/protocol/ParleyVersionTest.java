package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParleyVersionTest {

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(ParleyVersion.parse("0.10.0")).isGreaterThan(ParleyVersion.parse("0.9.9"));
        assertThat(ParleyVersion.parse("1.0.0").isOlderThan(ParleyVersion.parse("1.0.1")))
                .isTrue();
        assertThat(ParleyVersion.LEGACY_CLIENT.isOlderThan(new ParleyVersion(0, 0, 0)))
                .isFalse();
    }

    @Test
    void ignoresABuildQualifier() {
        assertThat(ParleyVersion.parse("1.2.3-SNAPSHOT")).isEqualTo(new ParleyVersion(1, 2, 3));
    }

    @Test
    void readsLongPartsAndSurroundingSpace() {
        assertThat(ParleyVersion.parse(" 123456789.0.42 ")).isEqualTo(new ParleyVersion(123456789, 0, 42));
    }

    @Test
    void refusesOtherShapes() {
        for (String bad : new String[] {
            "1.2",
            "1.2.3.4",
            "a.b.c",
            "",
            "-1.0.0",
            "1..2",
            "1.2.",
            ".1.2",
            "1234567890.0.0",
            "1.2.3x",
            "1.2.+3",
            "\uFF11.2.3",
            "1. 2.3"
        }) {
            assertThatThrownBy(() -> ParleyVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void buildVersionComesFromThePom() {
        assertThat(ParleyVersion.current().toString()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
