package dev.parley.ui.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ui.chat.conversation.TextSpans.Kind;
import dev.parley.ui.chat.conversation.TextSpans.Span;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSpansTest {

    @Test
    void findsHttpHttpsAndMailtoLinksWithoutTheSentencesPunctuation() {
        List<Span> spans =
                TextSpans.of("see https://example.org/a?b=1, http://x.test. or mailto:bob@example.org!", null);

        assertThat(spans.stream().filter(s -> s.kind() == Kind.LINK).map(Span::link))
                .containsExactly(
                        URI.create("https://example.org/a?b=1"),
                        URI.create("http://x.test"),
                        URI.create("mailto:bob@example.org"));
        assertThat(String.join("", spans.stream().map(Span::text).toList()))
                .isEqualTo("see https://example.org/a?b=1, http://x.test. or mailto:bob@example.org!");
    }

    @Test
    void keepsABracketTheAddressOpenedAndStopsAtMarkup() {
        assertThat(links("(see https://en.wikipedia.org/wiki/Java_(disambiguation))"))
                .containsExactly(URI.create("https://en.wikipedia.org/wiki/Java_(disambiguation)"));
        assertThat(links("https://example.org/<b>bold</b>")).containsExactly(URI.create("https://example.org/"));
    }

    @Test
    void otherSchemesAndIncompleteAddressesAreText() {
        assertThat(links("javascript:alert(1) file:///etc/passwd https:// mailto: ftp://x.test"))
                .isEmpty();
    }

    @Test
    void mentionsAreTheNameAsAWordOrAfterAnAtInAnyCase() {
        List<Span> spans = TextSpans.of("@alice hi Alice, alicea and bob@alice.org", "alice");

        assertThat(spans.stream().filter(s -> s.kind() == Kind.MENTION).map(Span::text))
                .containsExactly("@alice", "Alice");
        assertThat(TextSpans.of("alice", null)).containsExactly(new Span(Kind.PLAIN, "alice", null));
    }

    @Test
    void aNameWithRegexCharactersIsMatchedLiterally() {
        assertThat(TextSpans.of("hi a.b and axb", "a.b").stream()
                        .filter(s -> s.kind() == Kind.MENTION)
                        .map(Span::text))
                .containsExactly("a.b");
    }

    private static List<URI> links(String text) {
        return TextSpans.of(text, null).stream()
                .filter(s -> s.kind() == Kind.LINK)
                .map(Span::link)
                .toList();
    }
}
