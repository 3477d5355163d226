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

    @Test
    void aCharArrayHashesLikeTheSameTextAndIsLeftAsItWas() {
        char[] password = "correct horse".toCharArray();
        assertThat(PasswordDigest.clientHash(password, "12345678901234567890123456789012"))
                .isEqualTo(DOCUMENTED_VECTOR);
        assertThat(password).isEqualTo("correct horse".toCharArray());
        for (String text :
                new String[] {"", "pässwörd", "emoji \uD83D\uDE00", "lone \uD800 surrogate", "€".repeat(500)}) {
            assertThat(PasswordDigest.clientHash(text.toCharArray(), "42"))
                    .as(text)
                    .isEqualTo(PasswordDigest.clientHash(text, "42"));
        }
    }

    static final String DOCUMENTED_VECTOR = "5d2d19731824e666e98c14ad3fdec296aa936c8eaaa8aa15785f82591a666664";
}
