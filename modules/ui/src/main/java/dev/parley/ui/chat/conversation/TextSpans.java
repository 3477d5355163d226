package dev.parley.ui.chat.conversation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a message into plain text, links (http, https, mailto) and mentions of the reader's name. */
public final class TextSpans {

    /** A piece of a message; {@code link} is set for links only. */
    public record Span(Kind kind, String text, URI link) {}

    public enum Kind {
        PLAIN,
        LINK,
        MENTION
    }

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|mailto:)[^\\s<>\"]+");
    /** Punctuation that ends a sentence rather than the address. */
    private static final String TRAILING = ".,;:!?'\")]}";

    private TextSpans() {}

    /** @param me the reader's name, or null for no mentions */
    public static List<Span> of(String text, String me) {
        var spans = new ArrayList<Span>();
        Matcher m = LINK.matcher(text);
        int done = 0;
        while (m.find()) {
            String candidate = trimmed(m.group());
            URI uri = parse(candidate);
            if (uri == null) {
                continue;
            }
            addMentions(spans, text.substring(done, m.start()), me);
            spans.add(new Span(Kind.LINK, candidate, uri));
            done = m.start() + candidate.length();
        }
        addMentions(spans, text.substring(done), me);
        return spans;
    }

    private static String trimmed(String link) {
        int end = link.length();
        while (end > 0 && TRAILING.indexOf(link.charAt(end - 1)) >= 0) {
            // Keep a closing bracket the address opened itself, as Wikipedia's "(disambiguation)".
            if (link.charAt(end - 1) == ')' && count(link, '(', end) > count(link, ')', end - 1)) {
                break;
            }
            end--;
        }
        return link.substring(0, end);
    }

    private static long count(String s, char c, int end) {
        return s.substring(0, end).chars().filter(x -> x == c).count();
    }

    private static URI parse(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            boolean complete = scheme.equals("mailto")
                    ? uri.getSchemeSpecificPart() != null
                            && !uri.getSchemeSpecificPart().isBlank()
                    : uri.getHost() != null;
            return complete ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void addMentions(List<Span> spans, String text, String me) {
        if (text.isEmpty()) {
            return;
        }
        if (me == null || me.isBlank()) {
            spans.add(new Span(Kind.PLAIN, text, null));
            return;
        }
        Matcher m = Pattern.compile(
                        "(?<![\\p{L}\\p{N}_@])@?" + Pattern.quote(me) + "(?![\\p{L}\\p{N}_])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        int done = 0;
        while (m.find()) {
            if (m.start() > done) {
                spans.add(new Span(Kind.PLAIN, text.substring(done, m.start()), null));
            }
            spans.add(new Span(Kind.MENTION, m.group(), null));
            done = m.end();
        }
        if (done < text.length()) {
            spans.add(new Span(Kind.PLAIN, text.substring(done), null));
        }
    }
}
