package dev.parley.ui.chat;

import dev.parley.client.ChatLine;
import java.awt.Color;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JTextPane;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * The conversation: "[12:03] alice: hello", with joins, leaves and notes in grey; the room's history above a
 * "New since you joined" divider. A chat line the room timed is shown once, however often the room sends it (the
 * history after a reconnect repeats what the window has).
 */
public final class MessageView extends JTextPane {

    static final String DIVIDER = "New since you joined";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final SimpleAttributeSet timeStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet senderStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet textStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet noteStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet errorStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet dividerStyle = new SimpleAttributeSet();
    /** time + from + text of every timed chat line shown. */
    private final Set<String> shown = new HashSet<>();

    public MessageView() {
        setName("messages");
        setEditable(false);
        Color muted = UIManager.getColor("Label.disabledForeground");
        StyleConstants.setForeground(timeStyle, muted != null ? muted : Color.GRAY);
        StyleConstants.setBold(senderStyle, true);
        StyleConstants.setForeground(noteStyle, muted != null ? muted : Color.GRAY);
        StyleConstants.setItalic(noteStyle, true);
        StyleConstants.setForeground(errorStyle, new Color(0xB0, 0x20, 0x20));
        Color accent = UIManager.getColor("Component.accentColor");
        StyleConstants.setForeground(dividerStyle, accent != null ? accent : new Color(0x2F, 0x6F, 0xC0));
        StyleConstants.setBold(dividerStyle, true);
        StyleConstants.setAlignment(dividerStyle, StyleConstants.ALIGN_CENTER);
    }

    /** A chat line; {@code time} is the room's, or null to show the local clock's. */
    public void message(String from, String text, Instant time) {
        if (time != null && !shown.add(key(from, text, time))) {
            return;
        }
        int at = getStyledDocument().getLength();
        at = insert(at, stamp(time), timeStyle);
        at = insert(at, from + ": ", senderStyle);
        insert(at, text + "\n", textStyle);
        scrollToEnd();
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
        int at = 0;
        boolean any = false;
        for (ChatLine line : lines) {
            if (line.time() != null && !shown.add(key(line.from(), line.text(), line.time()))) {
                continue;
            }
            any = true;
            at = insert(at, stamp(line.time()), timeStyle);
            at = insert(at, line.from() + ": ", senderStyle);
            at = insert(at, line.text() + "\n", textStyle);
        }
        if (any) {
            int start = at;
            at = insert(at, "──────────  " + DIVIDER + "  ──────────\n", dividerStyle);
            getStyledDocument().setParagraphAttributes(start, at - start, dividerStyle, false);
        }
        scrollToEnd();
    }

    /** The room's history after a reconnect: what the window missed, at the end, each line once. */
    public void historyAfterReconnecting(List<ChatLine> lines) {
        for (ChatLine line : lines) {
            message(line.from(), line.text(), line.time());
        }
    }

    /** Joins, leaves, answers to /users. */
    public void note(String text) {
        append(stamp(null), timeStyle);
        append(text + "\n", noteStyle);
    }

    public void problem(String text) {
        append(stamp(null), timeStyle);
        append(text + "\n", errorStyle);
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

    private static String key(String from, String text, Instant time) {
        return time + "\u0000" + from + "\u0000" + text;
    }

    private static String stamp(Instant time) {
        LocalTime local = time != null ? LocalTime.ofInstant(time, ZoneId.systemDefault()) : LocalTime.now();
        return "[" + TIME.format(local) + "] ";
    }

    private void append(String text, SimpleAttributeSet style) {
        insert(getStyledDocument().getLength(), text, style);
        scrollToEnd();
    }

    /** Inserts at {@code at}; returns where the next insert goes. */
    private int insert(int at, String text, SimpleAttributeSet style) {
        try {
            getStyledDocument().insertString(at, text, style);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        return at + text.length();
    }

    private void scrollToEnd() {
        setCaretPosition(getStyledDocument().getLength());
    }
}
