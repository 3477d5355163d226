package dev.parley.ui.chat;

import dev.parley.client.ChatLine;
import dev.parley.ui.chat.conversation.ConversationKit;
import dev.parley.ui.chat.conversation.DayLabel;
import dev.parley.ui.chat.conversation.EmojiFont;
import dev.parley.ui.chat.conversation.LinkOpener;
import dev.parley.ui.chat.conversation.Marks;
import dev.parley.ui.chat.conversation.TextSpans;
import dev.parley.ui.common.Background;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Font;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.JTextPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultCaret;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * The conversation: "[12:03] alice: hello", with joins, leaves and notes in grey; the room's history above a
 * "New since you joined" divider; a divider with the day ("Today", "Yesterday", the date) where the day changes. A
 * sender's messages in a row are grouped under their first one's name and time: the later ones keep "[12:03]
 * alice: " in the text (copied, saved, searched as before) but not on screen. Links open in the browser; the
 * reader's own name and messages stand out; emoji the desktop's fonts lack are drawn with {@link EmojiFont}. Text is only ever text: "&lt;html&gt;" shows as typed.
 *
 * <p>A chat line the room timed is shown once, however often the room sends it (the history after a reconnect
 * repeats what the window has).
 */
public final class MessageView extends JTextPane {

    private static final long serialVersionUID = 1L;

    static final String DIVIDER = "New since you joined";

    /** Messages of one sender at most this far apart are grouped under one name and time. */
    private static final Duration GROUP_GAP = Duration.ofMinutes(5);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** What the conversation holds, in order; drawn again when the history arrives above it or the theme changes. */
    private sealed interface Entry permits Said, Remark, Joined {}

    private record Said(String from, String text, ZonedDateTime at) implements Entry {}

    private record Remark(String text, boolean problem, ZonedDateTime at) implements Entry {}

    /** The "New since you joined" divider. */
    private record Joined() implements Entry {}

    private final transient Clock clock;
    private final transient List<Entry> entries = new ArrayList<>();
    /** time + from + text of every timed chat line shown. */
    private final Set<String> shown = new HashSet<>();

    private final transient List<Runnable> newMessageListeners = new ArrayList<>();
    private transient LinkOpener links = LinkOpener.desktop();
    private String me;

    private final SimpleAttributeSet timeStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet senderStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet ownSenderStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet textStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet linkStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet mentionStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet noteStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet errorStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet dividerStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet dayStyle = new SimpleAttributeSet();

    /** Where drawing stands: the day of the last entry drawn, and the message heading the current group. */
    private transient LocalDate lastDay;

    private transient Said groupHead;

    public MessageView() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock the time zone and "today" the conversation is shown in */
    public MessageView(Clock clock) {
        this.clock = clock;
        setName("messages");
        setEditorKit(new ConversationKit());
        setEditable(false);
        // New text must not move the view: the conversation pane decides whether to follow it.
        if (getCaret() instanceof DefaultCaret caret) {
            caret.setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        }
        restyle();
        var mouse = new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (SwingUtilities.isLeftMouseButton(e) && e.getClickCount() == 1) {
                    linkAt(e.getPoint()).ifPresent(MessageView.this::open);
                }
            }

            @Override
            public void mouseMoved(MouseEvent e) {
                setCursor(Cursor.getPredefinedCursor(
                        linkAt(e.getPoint()).isPresent() ? Cursor.HAND_CURSOR : Cursor.TEXT_CURSOR));
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    /** The reader's name: their messages and mentions of them stand out. */
    public void youAre(String user) {
        this.me = user;
        redraw();
    }

    /** Runs on each chat line that arrives live (not the history shown on joining). */
    public void onNewMessage(Runnable listener) {
        newMessageListeners.add(listener);
    }

    /** How links open; the desktop's browser unless a test says otherwise. */
    public void linkOpener(LinkOpener opener) {
        this.links = opener;
    }

    /** A chat line; {@code time} is the room's, or null to show the local clock's. */
    public void message(String from, String text, Instant time) {
        if (time != null && !shown.add(key(from, text, time))) {
            return;
        }
        add(new Said(from, text, zoned(time)));
        for (Runnable listener : List.copyOf(newMessageListeners)) {
            listener.run();
        }
    }

    /** A chat line shown with the local clock's time. */
    public void message(String from, String text) {
        message(from, text, null);
    }

    /**
     * The room's history, on joining: above everything shown so far, then the divider. Lines already shown are
     * skipped; nothing is added when there is nothing new.
     */
    public void historyOnJoining(List<ChatLine> lines) {
        var fresh = new ArrayList<Entry>();
        for (ChatLine line : lines) {
            if (line.time() != null && !shown.add(key(line.from(), line.text(), line.time()))) {
                continue;
            }
            fresh.add(new Said(line.from(), line.text(), zoned(line.time())));
        }
        if (fresh.isEmpty()) {
            return;
        }
        fresh.add(new Joined());
        entries.addAll(0, fresh);
        redraw();
    }

    /** The room's history after a reconnect: what the window missed, at the end, each line once. */
    public void historyAfterReconnecting(List<ChatLine> lines) {
        for (ChatLine line : lines) {
            message(line.from(), line.text(), line.time());
        }
    }

    /** Joins, leaves, answers to /users. */
    public void note(String text) {
        add(new Remark(text, false, zoned(null)));
    }

    public void problem(String text) {
        add(new Remark(text, true, zoned(null)));
    }

    /** The conversation as plain text, as shown. */
    public String plainText() {
        StyledDocument doc = getStyledDocument();
        try {
            return doc.getText(0, doc.getLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link at {@code point} in this view, if the point is on one. */
    public Optional<URI> linkAt(Point point) {
        return marked(point, Marks.LINK).map(String.class::cast).map(URI::create);
    }

    /** What "Copy message" copies for the message at {@code point}: its text. */
    public Optional<String> messageAt(Point point) {
        return marked(point, Marks.MESSAGE).map(String.class::cast);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // A read-only text pane looks disabled (grey) in FlatLaf unless its background is set: the conversation
        // takes the editable text's background, whatever the theme.
        Color background = UIManager.getColor("TextPane.background");
        if (background != null) {
            setBackground(new Color(background.getRGB()));
        }
        if (entries != null) { // null while JTextPane's constructor installs the first look
            restyle();
            redraw();
        }
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true; // the conversation wraps; it never scrolls sideways
    }

    // ---- drawing ----

    private void add(Entry entry) {
        entries.add(entry);
        draw(entry);
    }

    private void redraw() {
        StyledDocument doc = getStyledDocument();
        try {
            doc.remove(0, doc.getLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        lastDay = null;
        groupHead = null;
        for (Entry entry : entries) {
            draw(entry);
        }
    }

    private void draw(Entry entry) {
        switch (entry) {
            case Said said -> drawSaid(said);
            case Remark remark -> {
                newDay(remark.at());
                groupHead = null;
                int start = length();
                insert(stamp(remark.at()), withMessage(timeStyle, remark.text()));
                insert(remark.text() + "\n", withMessage(remark.problem() ? errorStyle : noteStyle, remark.text()));
                paragraph(start, 0, 4);
            }
            case Joined j -> {
                groupHead = null;
                divider("──────────  " + DIVIDER + "  ──────────\n", dividerStyle);
            }
        }
    }

    private void drawSaid(Said said) {
        newDay(said.at());
        boolean own = me != null && said.from().equalsIgnoreCase(me);
        boolean grouped = groupHead != null
                && groupHead.from().equals(said.from())
                && !said.at().isBefore(groupHead.at())
                && Duration.between(groupHead.at(), said.at()).compareTo(GROUP_GAP) <= 0;
        if (!grouped) {
            groupHead = said;
        }
        int start = length();
        String prefixTime = stamp(said.at());
        String prefixName = said.from() + ": ";
        insert(prefixTime, hiddenIf(grouped, withMessage(timeStyle, said.text())));
        SimpleAttributeSet sender = withMessage(own ? ownSenderStyle : senderStyle, said.text());
        if (own) {
            sender.addAttribute(Marks.OWN, true);
        }
        insert(prefixName, hiddenIf(grouped, sender));
        for (TextSpans.Span span : TextSpans.of(said.text(), own ? null : me)) {
            SimpleAttributeSet style = switch (span.kind()) {
                case PLAIN -> withMessage(textStyle, said.text());
                case LINK -> {
                    var link = withMessage(linkStyle, said.text());
                    link.addAttribute(Marks.LINK, span.link().toString());
                    yield link;
                }
                case MENTION -> {
                    var mention = withMessage(mentionStyle, said.text());
                    mention.addAttribute(Marks.MENTION, true);
                    yield mention;
                }
            };
            insert(span.text(), style);
        }
        insert("\n", textStyle);
        if (grouped) {
            paragraph(start, indentFor(prefixTime, prefixName), 0);
        } else {
            paragraph(start, 0, 6);
        }
    }

    /** A divider with the day when {@code at} is on another day than what was drawn before. */
    private void newDay(ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        if (day.equals(lastDay)) {
            return;
        }
        lastDay = day;
        groupHead = null;
        divider("──────────  " + DayLabel.of(day, LocalDate.now(clock)) + "  ──────────\n", dayStyle);
    }

    private void divider(String text, SimpleAttributeSet style) {
        int start = length();
        insert(text, style);
        var paragraph = new SimpleAttributeSet(style);
        StyleConstants.setSpaceAbove(paragraph, 8);
        StyleConstants.setSpaceBelow(paragraph, 4);
        getStyledDocument().setParagraphAttributes(start, length() - start - 1, paragraph, false);
    }

    private void paragraph(int start, float indent, float above) {
        var paragraph = new SimpleAttributeSet();
        StyleConstants.setAlignment(paragraph, StyleConstants.ALIGN_LEFT);
        StyleConstants.setLeftIndent(paragraph, indent);
        StyleConstants.setSpaceAbove(paragraph, above);
        StyleConstants.setSpaceBelow(paragraph, 0);
        getStyledDocument().setParagraphAttributes(start, length() - start - 1, paragraph, false);
    }

    /** The width of what a grouped message hides, so its text lines up under its group's first message. */
    private int indentFor(String time, String name) {
        Font font = getFont();
        return getFontMetrics(font).stringWidth(time)
                + getFontMetrics(font.deriveFont(Font.BOLD)).stringWidth(name);
    }

    private void restyle() {
        Color muted = colour("Label.disabledForeground", Color.GRAY);
        Color accent = colour("Component.accentColor", new Color(0x2F, 0x6F, 0xC0));
        Color error = colour("Component.error.focusedBorderColor", new Color(0xB0, 0x20, 0x20));
        StyleConstants.setForeground(timeStyle, muted);
        StyleConstants.setBold(senderStyle, true);
        StyleConstants.setBold(ownSenderStyle, true);
        StyleConstants.setForeground(ownSenderStyle, accent);
        StyleConstants.setForeground(linkStyle, accent);
        StyleConstants.setUnderline(linkStyle, true);
        StyleConstants.setBold(mentionStyle, true);
        StyleConstants.setBackground(
                mentionStyle, new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 0x40));
        StyleConstants.setForeground(noteStyle, muted);
        StyleConstants.setItalic(noteStyle, true);
        StyleConstants.setForeground(errorStyle, error);
        StyleConstants.setForeground(dividerStyle, accent);
        StyleConstants.setBold(dividerStyle, true);
        StyleConstants.setAlignment(dividerStyle, StyleConstants.ALIGN_CENTER);
        StyleConstants.setForeground(dayStyle, muted);
        StyleConstants.setBold(dayStyle, true);
        StyleConstants.setAlignment(dayStyle, StyleConstants.ALIGN_CENTER);
    }

    private static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }

    private static SimpleAttributeSet withMessage(SimpleAttributeSet style, String text) {
        var copy = new SimpleAttributeSet(style);
        copy.addAttribute(Marks.MESSAGE, text);
        return copy;
    }

    private static SimpleAttributeSet hiddenIf(boolean hidden, SimpleAttributeSet style) {
        if (hidden) {
            style.addAttribute(Marks.HIDDEN, true);
        }
        return style;
    }

    private Optional<Object> marked(Point point, Marks mark) {
        int pos = viewToModel2D(point);
        if (pos < 0) {
            return Optional.empty();
        }
        // The nearest character may be left of a point past a line's end: only text under the point counts.
        for (int at : new int[] {pos, pos - 1}) {
            if (at < 0 || at >= length()) {
                continue;
            }
            AttributeSet attributes =
                    getStyledDocument().getCharacterElement(at).getAttributes();
            Object value = attributes.getAttribute(mark);
            if (value != null && under(point, at)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private boolean under(Point point, int at) {
        try {
            Rectangle2D from = modelToView2D(at);
            Rectangle2D to = modelToView2D(at + 1);
            if (from == null || to == null) {
                return false;
            }
            double right = to.getY() == from.getY() ? to.getX() : getWidth();
            return point.y >= from.getY() && point.y < from.getMaxY() && point.x >= from.getX() && point.x <= right;
        } catch (BadLocationException e) {
            return false;
        }
    }

    private void open(URI link) {
        LinkOpener opener = links;
        Background.run(
                () -> {
                    opener.open(link);
                    return link;
                },
                opened -> {},
                e -> problem("Could not open " + link + ": " + Background.messageOf(e)));
    }

    private ZonedDateTime zoned(Instant time) {
        return time != null ? time.atZone(clock.getZone()) : ZonedDateTime.now(clock);
    }

    private static String key(String from, String text, Instant time) {
        return time + "\u0000" + from + "\u0000" + text;
    }

    private static String stamp(ZonedDateTime at) {
        return "[" + TIME.format(at) + "] ";
    }

    private int length() {
        return getStyledDocument().getLength();
    }

    /** Inserts at the end; emoji the pane's font cannot draw get the bundled emoji font rather than a blank. */
    private void insert(String text, AttributeSet style) {
        try {
            for (EmojiFont.Run run : EmojiFont.runs(text, getFont())) {
                AttributeSet runStyle = style;
                if (run.emoji()) {
                    var emoji = new SimpleAttributeSet(style);
                    EmojiFont.family().ifPresent(family -> StyleConstants.setFontFamily(emoji, family));
                    runStyle = emoji;
                }
                getStyledDocument().insertString(length(), run.text(), runStyle);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }
}
