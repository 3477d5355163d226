package dev.parley.ui.host;

import dev.parley.ui.common.Background;
import dev.parley.ui.common.FormDialog;
import java.awt.Window;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Asks the host why (optional) before removing someone, and removes them: the reason reaches the person removed.
 * Modal: the outcome is read after it closes.
 */
final class KickDialog extends FormDialog {

    /** Removes the user, telling them {@code reason} (empty: none); false when they are no longer online. */
    @FunctionalInterface
    interface Kicking {
        boolean kick(String reason) throws Exception;
    }

    private final JTextField reason = new JTextField(24);
    private final JButton ok = new JButton("Kick");
    private final String user;
    private Kicking kicking;
    private Boolean kicked;

    KickDialog(Window owner, String user) {
        super(owner, "Kick " + user, "kickDialog");
        this.user = user;
        setModalityType(ModalityType.APPLICATION_MODAL);
        reason.setName("kickReason");
        reason.setToolTipText("Optional: " + user + " sees it in the notice that they were removed");
        ok.setName("kickOk");
        ok.addActionListener(e -> accept());
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> cancel());

        var panel = new JPanel(new MigLayout("insets 20, wrap 2, fillx", "[right][grow,fill]"));
        panel.add(new JLabel("Remove " + user + " from the room. They can join again."), "span 2, align left");
        panel.add(label("Reason:", 'R', reason));
        panel.add(reason);
        var hint = new JLabel("Optional; " + user + " sees it.");
        hint.setEnabled(false);
        panel.add(hint, "skip 1, gaptop 0");
        panel.add(status, "span 2, growx, w 360:360:");
        panel.add(progress, "span 2, growx, hidemode 3");
        panel.add(ok, "span 2, split 2, align right, tag ok");
        panel.add(cancel, "tag cancel");
        inputs(reason, ok);
        setContentPane(panel);
        getRootPane().setDefaultButton(ok);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and waits; whether the user was removed, or empty when the host cancelled. */
    Optional<Boolean> ask(Kicking kicking) {
        this.kicking = kicking;
        setVisible(true);
        return Optional.ofNullable(kicked);
    }

    private void accept() {
        String why = reason.getText().strip();
        busy("Removing " + user + "…");
        Background.run(
                () -> kicking.kick(why),
                done -> {
                    kicked = done;
                    dispose();
                },
                e -> refuse(Background.messageOf(e)));
    }
}
