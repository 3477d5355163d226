package dev.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypingTextTest {

    @Test
    void namesEveryTyperUpToThree() {
        assertThat(TypingText.describe(List.of())).isBlank();
        assertThat(TypingText.describe(List.of("bob"))).isEqualTo("bob is typing…");
        assertThat(TypingText.describe(List.of("bob", "Alice"))).isEqualTo("Alice and bob are typing…");
        assertThat(TypingText.describe(List.of("c", "b", "a"))).isEqualTo("a, b and c are typing…");
        assertThat(TypingText.describe(List.of("d", "c", "b", "a"))).isEqualTo("a, b and 2 others are typing…");
    }
}
