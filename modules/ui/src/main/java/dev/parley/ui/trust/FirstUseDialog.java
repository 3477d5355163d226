package dev.parley.ui.trust;

import dev.parley.protocol.tls.Fingerprint;
import dev.parley.ui.common.Keys;
import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The first join of a room: its fingerprint, to compare with the host's window, and Trust or Cancel. Modal; says
 * whether the person trusted the room.
 */
final class FirstUseDialog extends JDialog {

    private boolean trusted;

    FirstUseDialog(Window owner, String room, Fingerprint presented) {
        super(owner, "Check the room's fingerprint", ModalityType.DOCUMENT_MODAL);
        setName("trustNewRoom");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        var heading = new JLabel("First time joining " + room);
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        var explain = Paragraph.of("To be sure this is the host's room and not an impostor on the network, "
                + "<b>compare this fingerprint with the one in the host's window</b> (Room menu, Room fingerprint):"
                + "");
        var after = Paragraph.of("If they match, trust the room: Parley remembers it and checks it every time you "
                + "join. If they differ, cancel and tell the host.");
        var trust = new JButton("Trust and join");
        trust.setName("trust");
        trust.addActionListener(e -> close(true));
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> close(false));
        Keys.escapeCloses(this, () -> close(false));

        var panel = new JPanel(new MigLayout("insets 20, wrap 1, fillx", "[grow,fill]"));
        panel.add(heading);
        panel.add(explain);
        panel.add(new FingerprintView(presented, "fingerprint"), "gaptop 6, gapbottom 6, align center, growx 0");
        panel.add(after);
        panel.add(trust, "split 2, align right, tag ok, gaptop 12");
        panel.add(cancel, "tag cancel");
        setContentPane(panel);
        getRootPane().setDefaultButton(trust);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and waits for the answer; event thread only. */
    boolean ask() {
        setVisible(true);
        return trusted;
    }

    private void close(boolean trust) {
        trusted = trust;
        dispose();
    }
}
