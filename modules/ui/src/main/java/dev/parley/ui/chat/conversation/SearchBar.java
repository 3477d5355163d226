package dev.parley.ui.chat.conversation;

import dev.parley.ui.chat.MessageView;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import net.miginfocom.swing.MigLayout;

/**
 * Search in the conversation (Ctrl+F): every match highlighted, the current one more strongly and scrolled to;
 * Enter or the arrows go to the next or previous, Esc closes and clears.
 */
final class SearchBar extends JPanel {

    private static final long serialVersionUID = 1L;

    private final MessageView messages;
    private final JTextField field = new JTextField(18);
    private final JLabel count = new JLabel();
    private final List<Object> highlights = new ArrayList<>();
    private final List<int[]> matches = new ArrayList<>();
    private int current = -1;

    SearchBar(MessageView messages) {
        super(new MigLayout("insets 4 6 4 6, gap 6", "[][grow,fill][][][][]"));
        this.messages = messages;
        setName("searchBar");
        setVisible(false);
        field.setName("searchField");
        field.putClientProperty("JTextField.placeholderText", "Search the conversation");
        count.setName("searchCount");
        var previous = button("searchPrevious", "↑", "Previous match (Shift+Enter)", () -> step(-1));
        var next = button("searchNext", "↓", "Next match (Enter)", () -> step(1));
        var close = button("searchClose", "✕", "Close (Esc)", this::close);
        add(new JLabel("Find:"));
        add(field);
        add(count);
        add(previous);
        add(next);
        add(close);

        field.getDocument().addDocumentListener(new Changes(() -> find(true)));
        messages.getDocument().addDocumentListener(new Changes(() -> {
            if (isVisible()) {
                find(false);
            }
        }));
        bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "searchNext", () -> step(1));
        bind(
                field,
                KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK),
                "searchPrevious",
                () -> step(-1));
        bindAncestor(this, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "searchClose", this::close);
        bindAncestor(messages, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "searchClose", this::close);
    }

    /** Ctrl+F (Cmd+F on a Mac) anywhere in {@code pane}'s window opens the search. */
    void attachTo(JComponent pane) {
        var keys = KeyStroke.getKeyStroke(
                KeyEvent.VK_F, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx());
        pane.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(keys, "searchConversation");
        pane.getActionMap().put("searchConversation", action(this::open));
    }

    void open() {
        setVisible(true);
        revalidate();
        field.selectAll();
        field.requestFocusInWindow();
        find(true);
    }

    void close() {
        if (!isVisible()) {
            return;
        }
        clear();
        matches.clear();
        current = -1;
        setVisible(false);
        revalidate();
        messages.requestFocusInWindow();
    }

    /** Finds every match again; {@code fromStart}: the current one is the first, else stays where it was. */
    private void find(boolean fromStart) {
        clear();
        matches.clear();
        String wanted = field.getText();
        String text = messages.plainText();
        if (!wanted.isEmpty()) {
            for (int at = 0; at + wanted.length() <= text.length(); at++) {
                if (text.regionMatches(true, at, wanted, 0, wanted.length())) {
                    matches.add(new int[] {at, at + wanted.length()});
                    at += wanted.length() - 1;
                }
            }
        }
        if (matches.isEmpty()) {
            current = -1;
        } else if (fromStart || current < 0) {
            current = 0;
        } else {
            current = Math.min(current, matches.size() - 1);
        }
        paint(fromStart);
    }

    private void step(int by) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + by, matches.size());
        paint(true);
    }

    private void paint(boolean scroll) {
        clear();
        Color accent = UIManager.getColor("Component.accentColor");
        Color base = accent != null ? accent : new Color(0x2F, 0x6F, 0xC0);
        var all = new DefaultHighlighter.DefaultHighlightPainter(
                new Color(base.getRed(), base.getGreen(), base.getBlue(), 0x50));
        var strong = new DefaultHighlighter.DefaultHighlightPainter(
                new Color(base.getRed(), base.getGreen(), base.getBlue(), 0xB0));
        Highlighter highlighter = messages.getHighlighter();
        try {
            for (int i = 0; i < matches.size(); i++) {
                int[] m = matches.get(i);
                highlights.add(highlighter.addHighlight(m[0], m[1], i == current ? strong : all));
            }
            if (scroll && current >= 0) {
                Rectangle2D where = messages.modelToView2D(matches.get(current)[0]);
                if (where != null) {
                    Rectangle r = where.getBounds();
                    r.grow(0, 24);
                    messages.scrollRectToVisible(r);
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        if (field.getText().isEmpty()) {
            count.setText("");
        } else {
            count.setText(matches.isEmpty() ? "No matches" : (current + 1) + " of " + matches.size());
        }
    }

    private void clear() {
        for (Object h : highlights) {
            messages.getHighlighter().removeHighlight(h);
        }
        highlights.clear();
    }

    private static JButton button(String name, String text, String tip, Runnable action) {
        var b = new JButton(text);
        b.setName(name);
        b.setToolTipText(tip);
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.addActionListener(e -> action.run());
        return b;
    }

    private static void bind(JComponent c, KeyStroke key, String name, Runnable r) {
        c.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        c.getActionMap().put(name, action(r));
    }

    private static void bindAncestor(JComponent c, KeyStroke key, String name, Runnable r) {
        c.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, name);
        c.getActionMap().put(name, action(r));
    }

    private static AbstractAction action(Runnable r) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }

    private record Changes(Runnable then) implements DocumentListener {
        @Override
        public void insertUpdate(DocumentEvent e) {
            then.run();
        }

        @Override
        public void removeUpdate(DocumentEvent e) {
            then.run();
        }

        @Override
        public void changedUpdate(DocumentEvent e) {}
    }
}
