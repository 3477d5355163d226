package dev.parley.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void plainTextIsLeftAlone() {
        assertThat(LogSafe.text("alice")).isEqualTo("alice");
        assertThat(LogSafe.text("Zoë 10.0.0.7 {\"x\":1}")).isEqualTo("Zoë 10.0.0.7 {\"x\":1}");
        assertThat(LogSafe.text(null)).isEqualTo("null");
    }

    @Test
    void lineBreaksAndEscapeCodesCannotForgeOrRecolourLines() {
        String forged = "eve\u001b[31m\nINFO forged\r\t\u0000\u007f\u0085\u2028\u202e";
        String safe = LogSafe.text(forged);
        assertThat(safe).isEqualTo("eve\\u001b[31m\\nINFO forged\\r\\t\\u0000\\u007f\\u0085\\u2028\\u202e");
        assertThat(safe.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void aFloodIsCut() {
        String safe = LogSafe.text("x".repeat(100_000));
        assertThat(safe).startsWith("x".repeat(LogSafe.MAX_CHARS)).endsWith("(99700 more characters)");
        assertThat(safe.length()).isLessThan(LogSafe.MAX_CHARS + 40);
    }
}
