package dev.parley.ui.common;

import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.KeyStroke;

/** Keyboard conventions shared by the dialogs. */
public final class Keys {

    private Keys() {}

    /** Escape closes the dialog as its Cancel would. */
    public static void escapeCloses(JDialog dialog, Runnable cancel) {
        var root = dialog.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "parley.cancel");
        root.getActionMap().put("parley.cancel", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                cancel.run();
            }
        });
    }
}
