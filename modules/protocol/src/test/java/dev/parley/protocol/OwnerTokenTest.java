package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerTokenTest {

    @Test
    void isSixtyFourHexCharactersAndNewEachTime() {
        OwnerToken a = OwnerToken.generate();
        OwnerToken b = OwnerToken.generate();

        assertThat(a.wireValue()).matches("[0-9a-f]{64}");
        assertThat(a.wireValue()).isNotEqualTo(b.wireValue());
    }

    @Test
    void matchesItselfOnly() {
        OwnerToken token = OwnerToken.generate();
        String right = token.wireValue();
        char last = right.charAt(63);
        String oneOff = right.substring(0, 63) + (last == '0' ? '1' : '0');

        assertThat(token.matches(right)).isTrue();
        assertThat(token.matches(oneOff)).isFalse();
        assertThat(token.matches(right.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(token.matches(right.substring(0, 32))).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void neverShowsItselfInText() {
        OwnerToken token = OwnerToken.generate();
        assertThat(token.toString()).doesNotContain(token.wireValue()).contains("hidden");
    }
}
