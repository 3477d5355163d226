package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordDigestTest {

    /** The test vector docs/protocol.md gives. */
    @Test
    void matchesTheDocumentedVector() {
        assertThat(PasswordDigest.clientHash("correct horse", "12345678901234567890123456789012"))
                .isEqualTo(DOCUMENTED_VECTOR);
    }

    @Test
    void hashesUtf8Bytes() {
        assertThat(PasswordDigest.clientHash("pässwörd", "1"))
                .isNotEqualTo(PasswordDigest.clientHash("passwort", "1"))
                .matches("[0-9a-f]{64}");
    }

    static final String DOCUMENTED_VECTOR = "5d2d19731824e666e98c14ad3fdec296aa936c8eaaa8aa15785f82591a666664";
}
