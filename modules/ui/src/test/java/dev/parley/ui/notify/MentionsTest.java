package dev.parley.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    private final Mentions alice = new Mentions("alice");

    @Test
    void theNameAsAWordOrWithAnAtIsAMention() {
        assertThat(alice.in("@alice look at this")).isTrue();
        assertThat(alice.in("thanks, Alice!")).isTrue();
        assertThat(alice.in("ALICE")).isTrue();
        assertThat(alice.in("ask alice.")).isTrue();
    }

    @Test
    void theNameInsideAnotherWordIsNot() {
        assertThat(alice.in("no malice meant")).isFalse();
        assertThat(alice.in("alice_2 said")).isFalse();
        assertThat(alice.in("alices")).isFalse();
        assertThat(alice.in("hello everyone")).isFalse();
    }

    @Test
    void aNameWithRegexCharactersIsTakenLiterally() {
        var odd = new Mentions("a.b");
        assertThat(odd.in("hi @a.b")).isTrue();
        assertThat(odd.in("hi axb")).isFalse();
    }
}
