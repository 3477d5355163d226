package dev.parley.ui.chat;

import java.awt.Color;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javax.swing.JTextPane;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/** The conversation: "[12:03] alice: hello", with joins, leaves and notes in grey. */
public final class MessageView extends JTextPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final SimpleAttributeSet timeStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet senderStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet textStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet noteStyle = new SimpleAttributeSet();
    private final SimpleAttributeSet errorStyle = new SimpleAttributeSet();

    public MessageView() {
        setName("messages");
        setEditable(false);
        Color muted = UIManager.getColor("Label.disabledForeground");
        StyleConstants.setForeground(timeStyle, muted != null ? muted : Color.GRAY);
        StyleConstants.setBold(senderStyle, true);
        StyleConstants.setForeground(noteStyle, muted != null ? muted : Color.GRAY);
        StyleConstants.setItalic(noteStyle, true);
        StyleConstants.setForeground(errorStyle, new Color(0xB0, 0x20, 0x20));
    }

    public void message(String from, String text) {
        append("[" + TIME.format(LocalTime.now()) + "] ", timeStyle);
        append(from + ": ", senderStyle);
        append(text + "\n", textStyle);
    }

    /** Joins, leaves, answers to /users. */
    public void note(String text) {
        append("[" + TIME.format(LocalTime.now()) + "] ", timeStyle);
        append(text + "\n", noteStyle);
    }

    public void problem(String text) {
        append("[" + TIME.format(LocalTime.now()) + "] ", timeStyle);
        append(text + "\n", errorStyle);
    }

    private void append(String text, SimpleAttributeSet style) {
        StyledDocument doc = getStyledDocument();
        try {
            doc.insertString(doc.getLength(), text, style);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        setCaretPosition(doc.getLength());
    }
}
