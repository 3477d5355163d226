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
    void refusesOtherShapes() {
        for (String bad : new String[] {"1.2", "1.2.3.4", "a.b.c", "", "-1.0.0", "1..2"}) {
            assertThatThrownBy(() -> ProtocolVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void buildVersionComesFromThePom() {
        assertThat(ParleyVersion.current().toString()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
