package dev.parley.ui.chat;

import dev.parley.client.RoomLimits;
import java.awt.Color;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * The composer's character count against the room's limit: hidden while the draft is short, shown from nine tenths
 * of the limit on, in the error colour past it. Counts as the room does (code points: an emoji is one). The limit
 * is read each time, since the room says it just after login, maybe after the window opened.
 */
final class MessageLength {

    /** The count shows from this share of the limit on. */
    static final double SHOW_FROM = 0.9;

    private final JTextComponent draft;
    private final Supplier<RoomLimits> limits;
    private final JLabel label = new JLabel();
    private final Color normal = label.getForeground();

    MessageLength(JTextComponent draft, Supplier<RoomLimits> limits) {
        this.draft = draft;
        this.limits = limits;
        label.setName("messageLength");
        label.putClientProperty("FlatLaf.styleClass", "small");
        draft.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                update();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                update();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                update();
            }
        });
        update();
    }

    JLabel label() {
        return label;
    }

    /** Why {@code text} cannot be sent to this room; empty when it fits. */
    Optional<String> tooLong(String text) {
        int max = limits.get().maxMessageChars();
        int length = RoomLimits.lengthOf(text);
        if (length <= max) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "Not sent: your message has %,d characters and this room takes at most %,d. Shorten it by %,d and"
                        + " send again; your text is still in the box.",
                length, max, length - max));
    }

    private void update() {
        int max = limits.get().maxMessageChars();
        int length = RoomLimits.lengthOf(draft.getText());
        boolean over = length > max;
        label.setVisible(length >= max * SHOW_FROM);
        label.setText(
                over
                        ? String.format("%,d / %,d characters: too long to send", length, max)
                        : String.format("%,d / %,d characters", length, max));
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        label.setForeground(over ? (error != null ? error : Color.RED) : normal);
    }
}
