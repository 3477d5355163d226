package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProtocolVersionTest {

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(ProtocolVersion.parse("0.10.0")).isGreaterThan(ProtocolVersion.parse("0.9.9"));
        assertThat(ProtocolVersion.parse("1.0.0").isOlderThan(ProtocolVersion.parse("1.0.1"))).isTrue();
        assertThat(ProtocolVersion.LEGACY.isOlderThan(new ProtocolVersion(0, 0, 0))).isFalse();
    }

    @Test
    void ignoresABuildQualifier() {
        assertThat(ProtocolVersion.parse("1.2.3-SNAPSHOT")).isEqualTo(new ProtocolVersion(1, 2, 3));
    }

    @Test
    void readsLongPartsAndSurroundingSpace() {
        assertThat(ProtocolVersion.parse(" 123456789.0.42 ")).isEqualTo(new ProtocolVersion(123456789, 0, 42));
    }

    @Test
    void refusesOtherShapes() {
        for (String bad : new String[] {"1.2", "1.2.3.4", "a.b.c", "", "-1.0.0", "1..2", "1.2.", ".1.2",
                "1234567890.0.0", "1.2.3x", "1.2.+3", "\uFF11.2.3", "1. 2.3"}) {
            assertThatThrownBy(() -> ProtocolVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void buildVersionComesFromThePom() {
        assertThat(ParleyVersion.current().toString()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
