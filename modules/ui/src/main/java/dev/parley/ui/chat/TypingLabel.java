package dev.parley.ui.chat;

import java.util.TreeSet;
import javax.swing.JLabel;

/** "alice is typing…" under the message box: who is typing now, forgotten once they send or leave. */
final class TypingLabel extends JLabel {

    private final TreeSet<String> typers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    TypingLabel() {
        super(" ");
        setName("typingLabel");
        putClientProperty("FlatLaf.styleClass", "small");
    }

    void typing(String user, boolean now) {
        if (now ? typers.add(user) : typers.remove(user)) {
            setText(TypingText.describe(typers));
        }
    }

    /** A message or a leave ends someone's typing. */
    void stopped(String user) {
        typing(user, false);
    }
}
