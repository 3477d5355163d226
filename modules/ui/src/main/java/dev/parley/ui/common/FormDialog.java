package dev.parley.ui.common;

import java.awt.Color;
import java.awt.Component;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;

/**
 * A dialog with a form, a status line for refusals and a busy bar: while slow work runs its inputs are disabled
 * and the bar moves, so the window never looks frozen.
 */
public abstract class FormDialog extends JDialog {

    protected final JLabel status = new JLabel(" ");
    protected final JProgressBar progress = new JProgressBar();
    private final List<Component> inputs = new ArrayList<>();

    protected FormDialog(Window owner, String title, String name) {
        super(owner, title, ModalityType.MODELESS);
        setName(name);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                cancel();
            }

            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                // In front of its owner and ready to type in, so no keystroke goes astray.
                toFront();
                Component first = firstToFocus(getContentPane());
                if (first != null) {
                    first.requestFocusInWindow();
                } else if (getRootPane().getDefaultButton() != null) {
                    getRootPane().getDefaultButton().requestFocusInWindow();
                }
            }
        });
        status.setName("status");
        progress.setName("progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        Keys.escapeCloses(this, this::cancel);
    }

    /** The first empty text box that takes typing, in layout order; null when there is none. */
    private static Component firstToFocus(java.awt.Container in) {
        for (Component c : in.getComponents()) {
            if (c instanceof javax.swing.text.JTextComponent t) {
                if (t.isShowing()
                        && t.isEnabled()
                        && t.isEditable()
                        && t.getDocument().getLength() == 0) {
                    return t;
                }
            } else if (c instanceof java.awt.Container inner) {
                Component found = firstToFocus(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Components disabled while busy. */
    protected void inputs(JComponent... components) {
        inputs.addAll(List.of(components));
    }

    protected void busy(String what) {
        status.setForeground(UIManager.getColor("Label.foreground"));
        status.setText(what);
        progress.setVisible(true);
        inputs.forEach(c -> c.setEnabled(false));
    }

    protected void idle() {
        progress.setVisible(false);
        inputs.forEach(c -> c.setEnabled(true));
    }

    protected void refuse(String why) {
        idle();
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        status.setForeground(error != null ? error : Color.RED.darker());
        status.setText("<html>" + escape(why) + "</html>");
    }

    protected void cancel() {
        dispose();
    }

    /** A label that names {@code target} for screen readers and focuses it with Alt+{@code mnemonic}. */
    protected static JLabel label(String text, char mnemonic, Component target) {
        var label = new JLabel(text);
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(target);
        return label;
    }

    protected static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
