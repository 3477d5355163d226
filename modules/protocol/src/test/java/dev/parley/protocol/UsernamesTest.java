package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void acceptsLettersDigitsAndThreeMarks() {
        assertThat(Usernames.isValid("Alice_01.b-c")).isTrue();
        assertThat(Usernames.isValid("a".repeat(32))).isTrue();
    }

    @Test
    void refusesEverythingElse() {
        for (String bad : new String[] {"", "a".repeat(33), "with space", "ümlaut", "semi;colon", "new\nline"}) {
            assertThat(Usernames.problemWith(bad)).as(bad).isPresent();
        }
    }

    @Test
    void namesDifferingInCaseShareAKey() {
        assertThat(Usernames.key("Alice")).isEqualTo(Usernames.key("aLICE"));
    }
}
