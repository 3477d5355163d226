package dev.parley.ui.common;

import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/**
 * Says why the room is gone (closed, banned, ...) before a window closes. The dialog is not modal, so several
 * windows can each show theirs; {@code then} runs once, when it is dismissed.
 */
public final class RoomEndingDialog {

    private RoomEndingDialog() {}

    public static JDialog show(Window owner, String name, RoomEnding ending, Runnable then) {
        var pane = new JOptionPane(ending.text(), JOptionPane.WARNING_MESSAGE);
        JDialog dialog = pane.createDialog(owner, ending.title());
        dialog.setName(name);
        dialog.setModal(false);
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        // OK (or Escape, or the close box) sets the pane's value; each ends in dispose, and so in windowClosed.
        pane.addPropertyChangeListener(JOptionPane.VALUE_PROPERTY, e -> dialog.dispose());
        dialog.addWindowListener(new WindowAdapter() {
            private boolean done;

            @Override
            public void windowClosed(WindowEvent e) {
                if (!done) {
                    done = true;
                    then.run();
                }
            }
        });
        // The window whose room ended comes forward, so the person sees which one the notice is about.
        if (owner != null) {
            owner.toFront();
        }
        dialog.setVisible(true);
        dialog.toFront();
        return dialog;
    }
}
