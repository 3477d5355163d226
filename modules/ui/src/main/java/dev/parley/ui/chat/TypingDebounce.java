package dev.parley.ui.chat;

import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Tells the room when this person starts and stops typing: once per change, not per key. Typing stops when the box
 * is emptied, when a message is sent, or after {@code idleMillis} without a key. Event thread only.
 */
final class TypingDebounce implements DocumentListener {

    private final JTextComponent box;
    private final Consumer<Boolean> tell;
    private final Timer idle;
    private boolean typing;
    private boolean stopped;
    private boolean checkQueued;

    TypingDebounce(JTextComponent box, int idleMillis, Consumer<Boolean> tell) {
        this.box = box;
        this.tell = tell;
        this.idle = new Timer(idleMillis, e -> set(false));
        idle.setRepeats(false);
        box.getDocument().addDocumentListener(this);
    }

    /** The message was sent: no longer typing. */
    void sent() {
        set(false);
    }

    /** The session is over: nothing more is told. */
    void stop() {
        idle.stop();
        stopped = true;
    }

    /** A new session (after a rejoin): typing is told again, starting from "not typing". */
    void resume() {
        typing = false;
        stopped = false;
    }

    @Override
    public void insertUpdate(DocumentEvent e) {
        edited();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
        edited();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
        edited();
    }

    /**
     * Looks at the box once the edit is over: replacing its text (a paste over a selection, setText) removes then
     * inserts, and the empty moment between must not tell the room "stopped, started".
     */
    private void edited() {
        if (!checkQueued) {
            checkQueued = true;
            SwingUtilities.invokeLater(this::check);
        }
    }

    private void check() {
        checkQueued = false;
        boolean hasText = !box.getText().isBlank();
        if (hasText) {
            idle.restart();
        }
        set(hasText);
    }

    private void set(boolean now) {
        if (now == typing || stopped) {
            return;
        }
        typing = now;
        if (!now) {
            idle.stop();
        }
        tell.accept(now);
    }
}
