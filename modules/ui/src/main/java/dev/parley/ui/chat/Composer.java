package dev.parley.ui.chat;

import dev.parley.client.RoomLimits;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.DefaultEditorKit;
import net.miginfocom.swing.MigLayout;

/**
 * Where a message is written: Enter sends, Shift+Enter starts a new line; the box grows with its text up to
 * {@link #MAX_ROWS} lines, then scrolls. Beside it the emoji picker and Send; under it the length count. Text
 * starting with "/" goes through {@link SlashCommands}; the draft is cleared only once it was sent or its command
 * ran, so a refused command or an over-long message leaves it to be mended.
 */
final class Composer {

    /** The box grows up to this many lines, then scrolls. */
    static final int MAX_ROWS = 4;

    private final JTextArea draft = new JTextArea(1, 20);
    private final JScrollPane scroller;
    private final JButton send = new JButton("Send");
    private final EmojiPicker emoji;
    private final MessageLength length;
    private final SlashCommands commands;
    private final Consumer<String> problem;
    private final Consumer<String> message;
    private final JPanel box;

    /**
     * @param problem shows why something was not sent, in the conversation
     * @param message sends a chat message to the room
     */
    Composer(Supplier<RoomLimits> limits, SlashCommands commands, Consumer<String> problem, Consumer<String> message) {
        this.commands = commands;
        this.problem = problem;
        this.message = message;
        draft.setName("messageField");
        draft.setLineWrap(true);
        draft.setWrapStyleWord(true);
        draft.setComponentPopupMenu(new EditMenu(draft));
        draft.getAccessibleContext().setAccessibleName("Message");
        bindKeys();
        scroller = new GrowingScrollPane(draft);
        scroller.setName("messageScroll");
        scroller.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        length = new MessageLength(draft, limits);
        emoji = new EmojiPicker(draft);
        send.setName("send");
        send.addActionListener(e -> send());
        draft.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                regrow();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                regrow();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only
            }
        });
        box = new JPanel(new MigLayout("insets 0, fill", "[0::,grow,fill][][]", "[top]"));
        box.add(scroller);
        box.add(emoji.button(), "top");
        box.add(send, "top");
    }

    /** The text area (named "messageField"). */
    JTextArea draft() {
        return draft;
    }

    /** The box, the emoji button and Send, laid out in a row. */
    JComponent box() {
        return box;
    }

    /** The length count, shown near and over the room's limit. */
    JLabel length() {
        return length.label();
    }

    /** Read-only while the room is gone. */
    void setEnabled(boolean enabled) {
        draft.setEnabled(enabled);
        send.setEnabled(enabled);
        emoji.button().setEnabled(enabled);
        if (enabled) {
            draft.requestFocusInWindow();
        }
    }

    void send() {
        String text = draft.getText().strip();
        if (text.isEmpty() || !draft.isEnabled()) {
            return;
        }
        switch (commands.handle(text)) {
            case SlashCommands.Outcome.Message(String m) -> {
                Optional<String> tooLong = length.tooLong(m);
                if (tooLong.isPresent()) {
                    // Refused here rather than by the room: the draft stays to be shortened.
                    problem.accept(tooLong.get());
                    return;
                }
                draft.setText("");
                message.accept(m);
            }
            case SlashCommands.Outcome.Ran() -> draft.setText("");
            case SlashCommands.Outcome.Refused(String why) -> problem.accept(why);
        }
    }

    private void bindKeys() {
        var keys = draft.getInputMap(JComponent.WHEN_FOCUSED);
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "parley.send");
        keys.put(
                KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.SHIFT_DOWN_MASK),
                DefaultEditorKit.insertBreakAction);
        draft.getActionMap().put("parley.send", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                send();
            }
        });
        // Tab leaves the box rather than typing a tab, as in a one-line field.
        draft.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        draft.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    }

    /** The box's height follows its text (once wrapped to the current width), so its row is laid out again. */
    private void regrow() {
        SwingUtilities.invokeLater(() -> {
            scroller.invalidate();
            var parent = box.getParent();
            if (parent instanceof JComponent c) {
                c.revalidate();
            }
            box.revalidate();
        });
    }

    /** As high as the text, from one line to {@link #MAX_ROWS}; past that the text scrolls. */
    private static final class GrowingScrollPane extends JScrollPane {
        private static final long serialVersionUID = 1L;

        GrowingScrollPane(JTextArea area) {
            super(area);
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension size = super.getPreferredSize();
            var area = (JTextArea) getViewport().getView();
            Insets insets = getInsets();
            Insets margin = area.getInsets();
            int line = area.getFontMetrics(area.getFont()).getHeight();
            int width = getViewport().getWidth();
            int textHeight = width > 0 ? heightAt(area, width) : line + margin.top + margin.bottom;
            int max = line * MAX_ROWS + margin.top + margin.bottom;
            size.height =
                    Math.min(Math.max(textHeight, line + margin.top + margin.bottom), max) + insets.top + insets.bottom;
            return size;
        }

        @Override
        public Dimension getMinimumSize() {
            Dimension min = super.getMinimumSize();
            min.height = getPreferredSize().height;
            return min;
        }

        /** The text's height when wrapped to {@code width}. */
        private static int heightAt(JTextArea area, int width) {
            var view = area.getUI().getRootView(area);
            Insets margin = area.getInsets();
            view.setSize(Math.max(1, width - margin.left - margin.right), Integer.MAX_VALUE);
            return (int) Math.ceil(view.getPreferredSpan(javax.swing.text.View.Y_AXIS)) + margin.top + margin.bottom;
        }
    }
}
