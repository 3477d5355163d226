package dev.parley.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.PasswordDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void keepsItsOwnCopySoTheCallerMayClearTheirs() {
        char[] typed = "correct horse".toCharArray();
        try (Password password = Password.copyOf(typed)) {
            Arrays.fill(typed, '\0');
            assertThat(password.clientHash("1")).isEqualTo(PasswordDigest.clientHash("correct horse", "1"));
        }
    }

    @Test
    void isGoneOnceClosed() {
        Password password = Password.copyOf("pw".toCharArray());
        password.close();
        assertThatThrownBy(() -> password.clientHash("1")).isInstanceOf(IllegalStateException.class);
    }
}
