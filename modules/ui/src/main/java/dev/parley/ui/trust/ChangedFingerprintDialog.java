package dev.parley.ui.trust;

import dev.parley.protocol.tls.Fingerprint;
import dev.parley.ui.common.Keys;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * A room showing another fingerprint than the one trusted for it: both fingerprints, what it may mean, and Cancel
 * as the default. Accepting the new one takes two deliberate steps (tick that it was checked with the host, then
 * the button the tick enables). Modal; says whether the person accepted the new fingerprint.
 */
final class ChangedFingerprintDialog extends JDialog {

    private boolean accepted;

    ChangedFingerprintDialog(Window owner, String room, Fingerprint known, Fingerprint presented) {
        super(owner, "Warning: the room's identity has changed", ModalityType.DOCUMENT_MODAL);
        setName("roomChanged");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        var heading = new JLabel(
                "The room at " + room + " shows a different fingerprint",
                UIManager.getIcon("OptionPane.warningIcon"),
                JLabel.LEADING);
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        var explain = Paragraph.of("Either its host has a new certificate (Parley reinstalled, or its data folder "
                + "deleted), or <b>someone on the network is pretending to be the room</b> to read what you type. "
                + "Do not join until the host has confirmed the new fingerprint from their window.");
        var confirm = new JCheckBox("I have checked the new fingerprint with the host");
        confirm.setName("confirmChange");
        confirm.setMnemonic(KeyEvent.VK_I);
        var trustNew = new JButton("Trust the new fingerprint");
        trustNew.setName("trustChanged");
        trustNew.setEnabled(false);
        confirm.addActionListener(e -> trustNew.setEnabled(confirm.isSelected()));
        trustNew.addActionListener(e -> close(true));
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> close(false));
        Keys.escapeCloses(this, () -> close(false));

        var panel = new JPanel(new MigLayout("insets 20, wrap 1, fillx", "[grow,fill]"));
        panel.add(heading);
        panel.add(explain);
        panel.add(new JLabel("Trusted before:"), "gaptop 8");
        panel.add(new FingerprintView(known, "knownFingerprint"), "gapleft 16");
        panel.add(new JLabel("Shown now:"));
        panel.add(new FingerprintView(presented, "presentedFingerprint"), "gapleft 16");
        panel.add(confirm, "gaptop 8");
        panel.add(cancel, "split 2, align right, tag cancel, gaptop 12");
        panel.add(trustNew, "tag other");
        setContentPane(panel);
        getRootPane().setDefaultButton(cancel);
        pack();
        setLocationRelativeTo(owner);
        SwingUtilities.invokeLater(cancel::requestFocusInWindow);
    }

    /** Shows the dialog and waits for the answer; event thread only. */
    boolean ask() {
        setVisible(true);
        return accepted;
    }

    private void close(boolean accept) {
        accepted = accept;
        dispose();
    }
}
