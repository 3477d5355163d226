package dev.parley.ui.host;

import dev.parley.ui.common.FormDialog;
import java.awt.Window;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** Asks what to ban (when not given), why, and for how long. Modal: the answer is read after it closes. */
final class BanDialog extends FormDialog {

    record Answer(String target, String reason, Durations duration) {}

    private final JTextField target = new JTextField(18);
    private final JTextField reason = new JTextField(22);
    private final JComboBox<Durations> duration = new JComboBox<>(Durations.values());
    private Answer answer;

    BanDialog(Window owner, String fixedTarget) {
        super(owner, fixedTarget == null ? "Add a ban" : "Ban " + fixedTarget, "banDialog");
        setModalityType(ModalityType.APPLICATION_MODAL);
        target.setName("banTarget");
        reason.setName("banReason");
        duration.setName("banDuration");
        duration.setSelectedItem(Durations.DAY);
        var ok = new JButton("Ban");
        ok.setName("banOk");
        ok.addActionListener(e -> accept());
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> cancel());

        var panel = new JPanel(new MigLayout("insets 20, wrap 2, fillx", "[right][grow,fill]"));
        if (fixedTarget == null) {
            panel.add(label("User or IP address:", 'U', target));
            panel.add(target);
        } else {
            target.setText(fixedTarget);
            panel.add(new JLabel("Ban " + fixedTarget + " and the address they use."), "span 2, align left");
        }
        panel.add(label("Reason:", 'R', reason));
        panel.add(reason);
        panel.add(label("For:", 'F', duration));
        panel.add(duration, "growx 0");
        panel.add(status, "span 2, growx, w 320:320:");
        panel.add(ok, "span 2, split 2, align right, tag ok");
        panel.add(cancel, "tag cancel");
        setContentPane(panel);
        getRootPane().setDefaultButton(ok);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and waits; empty when cancelled. */
    Optional<Answer> ask() {
        setVisible(true);
        return Optional.ofNullable(answer);
    }

    private void accept() {
        if (target.getText().isBlank()) {
            refuse("Type a username or an IP address.");
            return;
        }
        answer = new Answer(target.getText().strip(), reason.getText().strip(), (Durations) duration.getSelectedItem());
        dispose();
    }
}
