package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ChatLine;
import dev.parley.ui.chat.MessageView;
import dev.parley.ui.chat.conversation.ConversationPane;
import dev.parley.ui.chat.conversation.Marks;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.StyleConstants;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conversation pane on its own, in a window of the size people use beside another one (790 px): wrapping,
 * staying put while the reader is scrolled up, links and mentions, grouping and days, the menu and search.
 */
class ConversationIT {

    /** Friday 27 November 2026, 14:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-11-27T14:00:00Z");

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    private MessageView messages;
    private FrameFixture window;

    @Test
    void aLongWordWrapsAndLaterMessagesStillFitTheWidth() {
        show("amy");
        String word = "x".repeat(120);
        String sentence = "a normal sentence that is long enough to need two lines in this window, "
                + "as people write them every day when they explain something to each other at length";
        GuiActionRunner.execute(() -> {
            messages.message("bob", word);
            messages.message("cat", sentence);
        });
        window.robot().waitForIdle();

        GuiActionRunner.execute(() -> {
            JViewport viewport = (JViewport) messages.getParent();
            JScrollPane scroll = (JScrollPane) viewport.getParent();
            assertThat(messages.getWidth()).isLessThanOrEqualTo(viewport.getWidth());
            assertThat(scroll.getHorizontalScrollBar().isShowing()).isFalse();
            String text = messages.plainText();
            Rectangle2D wordEnd = at(text.indexOf(word) + word.length() - 1);
            assertThat(wordEnd.getMaxX()).isLessThanOrEqualTo(viewport.getWidth());
            int start = text.indexOf(sentence);
            Rectangle2D first = at(start);
            Rectangle2D last = at(start + sentence.length() - 1);
            assertThat(last.getY()).as("the sentence wraps").isGreaterThan(first.getY());
            for (int i = start; i < start + sentence.length(); i++) {
                assertThat(at(i).getMaxX()).as("character %d fits", i).isLessThanOrEqualTo(viewport.getWidth());
            }
            return null;
        });
    }

    @Test
    void readingFurtherUpIsNotMovedAndAMarkerCountsWhatCame() {
        show("amy");
        GuiActionRunner.execute(() -> {
            for (int i = 0; i < 60; i++) {
                messages.message("bob", "line " + i);
            }
        });
        JScrollBar bar = window.scrollPane("conversationScroll").target().getVerticalScrollBar();
        await("at the end", () -> GuiActionRunner.execute(() -> atEnd(bar)));

        window.scrollPane("conversationScroll").verticalScrollBar().scrollToMinimum();
        await("scrolled up", () -> GuiActionRunner.execute(() -> bar.getValue() == 0));
        GuiActionRunner.execute(() -> {
            for (int i = 0; i < 3; i++) {
                messages.message("bob", "while you read " + i);
            }
        });
        window.robot().waitForIdle();

        assertThat(GuiActionRunner.execute(bar::getValue)).isZero();
        window.button("newMessages").requireVisible().requireText("3 new messages ↓");

        window.button("newMessages").click();
        await("back at the end", () -> GuiActionRunner.execute(() -> atEnd(bar)));
        assertThat(hidden("newMessages")).isTrue();

        GuiActionRunner.execute(() -> messages.message("bob", "at the end again"));
        await("follows the end", () -> GuiActionRunner.execute(() -> atEnd(bar) && bar.getValue() > 0));
        assertThat(hidden("newMessages")).isTrue();
    }

    @Test
    void aLinkOpensThroughTheOpenerAndTextStaysText() {
        show("amy");
        var opened = new CopyOnWriteArrayList<URI>();
        GuiActionRunner.execute(() -> {
            messages.linkOpener(opened::add);
            messages.message("bob", "<html><b>not bold</b> see https://example.org/a?b=1, or mailto:bob@example.org.");
            messages.message("bob", "https://example.org/<img src=x>");
        });
        window.robot().waitForIdle();
        String text = GuiActionRunner.execute(messages::plainText);
        assertThat(text)
                .contains("bob: <html><b>not bold</b> see https://example.org/a?b=1, or mailto:bob@example.org.");
        assertThat(text).contains("https://example.org/<img src=x>");
        assertThat(linkAt(text.indexOf("<img"))).isNull();

        window.robot().click(messages, centreOf(text.indexOf("example.org/a") + 3));
        await("link opened", () -> opened.contains(URI.create("https://example.org/a?b=1")));
        window.robot().click(messages, centreOf(text.indexOf("mailto:") + 3));
        await("mail link opened", () -> opened.contains(URI.create("mailto:bob@example.org")));
        window.robot().click(messages, centreOf(text.indexOf("not bold") + 2));
        window.robot().waitForIdle();
        assertThat(opened).hasSize(2);
    }

    @Test
    void theReadersNameIsHighlightedAsAWordOrAfterAnAt() {
        show("alice");
        GuiActionRunner.execute(() -> messages.message("bob", "hi @alice, and Alice too; not alicean"));
        String text = GuiActionRunner.execute(messages::plainText);

        assertThat(mentionAt(text.indexOf("@alice"))).isTrue();
        assertThat(mentionAt(text.indexOf("Alice too"))).isTrue();
        assertThat(mentionAt(text.indexOf("alicean"))).isFalse();
        assertThat(mentionAt(text.indexOf("hi @"))).isFalse();
    }

    @Test
    void ownMessagesStandOutAndASendersRunIsGroupedUnderOneNameAndTime() {
        show("amy");
        GuiActionRunner.execute(() -> {
            messages.message("bob", "first", NOW.minusSeconds(120));
            messages.message("bob", "second", NOW.minusSeconds(60));
            messages.message("amy", "mine", NOW);
        });
        window.robot().waitForIdle();
        String text = GuiActionRunner.execute(messages::plainText);
        // The transcript keeps every line whole: copied, saved and searched as before.
        assertThat(text).contains("[13:58] bob: first\n[13:59] bob: second\n[14:00] amy: mine\n");

        int firstName = text.indexOf("[13:58] bob: ");
        int secondName = text.indexOf("[13:59] bob: ");
        int secondText = text.indexOf("second");
        GuiActionRunner.execute(() -> {
            assertThat(at(text.indexOf("first")).getX())
                    .as("first shows its name")
                    .isGreaterThan(at(firstName).getX() + 20);
            assertThat(at(secondText).getX())
                    .as("second hides its name")
                    .isEqualTo(at(secondName).getX());
            assertThat(at(secondText).getX())
                    .as("second lines up with first")
                    .isEqualTo(at(text.indexOf("first")).getX(), org.assertj.core.api.Assertions.within(2.0));
            return null;
        });

        AttributeSet mine = attributes(text.indexOf("amy: mine"));
        AttributeSet bobs = attributes(text.indexOf("bob: first"));
        assertThat(mine.getAttribute(Marks.OWN)).isEqualTo(true);
        assertThat(bobs.getAttribute(Marks.OWN)).isNull();
        assertThat(StyleConstants.getForeground(mine)).isNotEqualTo(StyleConstants.getForeground(bobs));
    }

    @Test
    void daysAreDividedAndTheHistoryKeepsItsDivider() {
        show("amy");
        GuiActionRunner.execute(() -> {
            messages.note("You joined Book club as amy.");
            messages.historyOnJoining(List.of(
                    new ChatLine("bob", "last week", NOW.minusSeconds(7 * 86400)),
                    new ChatLine("bob", "yesterday", NOW.minusSeconds(86400)),
                    new ChatLine("cat", "this morning", NOW.minusSeconds(4 * 3600))));
            messages.message("cat", "live", NOW);
        });
        String text = GuiActionRunner.execute(messages::plainText);

        assertThat(text)
                .containsSubsequence(
                        "2026",
                        "bob: last week",
                        "Yesterday",
                        "bob: yesterday",
                        "Today",
                        "cat: this morning",
                        "New since you joined",
                        "You joined Book club",
                        "cat: live");
        assertThat(text.split("Today", -1)).hasSize(2);
    }

    @Test
    void theMenuCopiesTheSelectionAllOrTheMessageClicked() throws Exception {
        show("amy");
        GuiActionRunner.execute(() -> {
            messages.message("bob", "the first message");
            messages.message("cat", "the second message");
        });
        window.robot().waitForIdle();
        String text = GuiActionRunner.execute(messages::plainText);

        window.textBox("messages")
                .showPopupMenuAt(centreOf(text.indexOf("second message") + 2))
                .menuItem("copyMessage")
                .click();
        await("message copied", () -> "the second message".equals(clipboard()));

        window.textBox("messages")
                .showPopupMenuAt(centreOf(text.indexOf("first")))
                .menuItem("selectAll")
                .click();
        window.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(messages::getSelectedText)).isEqualTo(text);
        window.textBox("messages")
                .showPopupMenuAt(centreOf(text.indexOf("first")))
                .menuItem("copy")
                .click();
        await("all copied", () -> text.equals(clipboard()));
    }

    @Test
    void ctrlFFindsAndHighlightsMatchesStepsThroughThemAndEscCloses() {
        show("amy");
        GuiActionRunner.execute(() -> {
            messages.message("bob", "an Apple a day");
            messages.message("cat", "apples and pears");
            messages.message("dan", "no fruit here");
            messages.message("eve", "APPLE pie");
        });
        window.robot().waitForIdle();

        window.textBox("messages").click();
        withKeyDown(KeyEvent.VK_CONTROL, KeyEvent.VK_F);
        window.textBox("searchField").requireVisible().enterText("apple");
        window.label("searchCount").requireText("1 of 3");
        assertThat(GuiActionRunner.execute(() -> messages.getHighlighter().getHighlights().length))
                .isEqualTo(3);

        window.textBox("searchField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.label("searchCount").requireText("2 of 3");
        withKeyDown(KeyEvent.VK_SHIFT, KeyEvent.VK_ENTER);
        withKeyDown(KeyEvent.VK_SHIFT, KeyEvent.VK_ENTER);
        window.label("searchCount").requireText("3 of 3");
        window.button("searchNext").click();
        window.label("searchCount").requireText("1 of 3");

        window.textBox("searchField").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(hidden("searchBar")).isTrue();
        assertThat(GuiActionRunner.execute(() -> messages.getHighlighter().getHighlights().length))
                .isZero();
    }

    @Test
    void emojiOutsideTheBasicPlaneAreDrawnNotLeftBlank() {
        show("amy");
        String emoji = "\uD83D\uDE42 \uD83D\uDC4D \uD83C\uDF89"; // 🙂 👍 🎉
        GuiActionRunner.execute(() -> messages.message("bob", "party " + emoji));
        window.robot().waitForIdle();
        String text = GuiActionRunner.execute(messages::plainText);
        assertThat(text).contains("bob: party " + emoji);

        for (int i = 0; i < 3; i++) {
            int offset = text.indexOf(emoji) + i * 3;
            assertThat(inkIn(offset, offset + 2)).as("ink in emoji %d", i).isGreaterThan(10);
        }
    }

    // ---- helpers ----

    /** How many pixels differ from the background where the text from {@code start} to {@code end} is drawn. */
    private int inkIn(int start, int end) {
        return GuiActionRunner.execute(() -> {
            var image = new BufferedImage(messages.getWidth(), messages.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            messages.paint(g);
            g.dispose();
            Rectangle from = at(start).getBounds();
            Rectangle to = at(end).getBounds();
            int background = messages.getBackground().getRGB() & 0xFFFFFF;
            int ink = 0;
            for (int x = from.x; x < to.x; x++) {
                for (int y = from.y; y < from.y + from.height; y++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != background) {
                        ink++;
                    }
                }
            }
            return ink;
        });
    }

    private void show(String me) {
        JFrame frame = GuiActionRunner.execute(() -> {
            messages = new MessageView(Clock.fixed(NOW, ZoneOffset.UTC));
            messages.youAre(me);
            var f = new JFrame("conversation");
            f.setName("conversationWindow");
            f.setContentPane(new ConversationPane(messages));
            return f;
        });
        window = new FrameFixture(ui.robot(), frame);
        ui.robot().showWindow(frame, new Dimension(790, 420));
        window.robot().waitForIdle();
    }

    private void withKeyDown(int modifier, int key) {
        window.robot().pressKey(modifier);
        window.robot().pressAndReleaseKey(key);
        window.robot().releaseKey(modifier);
        window.robot().waitForIdle();
    }

    private boolean hidden(String name) {
        return GuiActionRunner.execute(() -> !window.robot()
                .finder()
                .findByName(window.target(), name, false)
                .isVisible());
    }

    private Rectangle2D at(int offset) {
        try {
            return messages.modelToView2D(offset);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Point centreOf(int offset) {
        return GuiActionRunner.execute(() -> {
            Rectangle r = at(offset).getBounds();
            return new Point(r.x + 2, r.y + r.height / 2);
        });
    }

    private AttributeSet attributes(int offset) {
        return GuiActionRunner.execute(
                () -> messages.getStyledDocument().getCharacterElement(offset).getAttributes());
    }

    private Object linkAt(int offset) {
        return attributes(offset).getAttribute(Marks.LINK);
    }

    private boolean mentionAt(int offset) {
        return Boolean.TRUE.equals(attributes(offset).getAttribute(Marks.MENTION));
    }

    private static boolean atEnd(JScrollBar bar) {
        return bar.getValue() + bar.getVisibleAmount() >= bar.getMaximum() - 1;
    }

    private static String clipboard() {
        try {
            return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (Exception e) {
            return null;
        }
    }
}
