package dev.parley.ui.trust;

import dev.parley.protocol.tls.Fingerprint;
import dev.parley.ui.common.Keys;
import java.awt.Window;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The host's own room's fingerprint, large, for people joining to compare with theirs. */
public final class RoomFingerprintDialog extends JDialog {

    /** @param fingerprint as the room shows it; empty when the room does not speak TLS */
    public RoomFingerprintDialog(Window owner, String roomName, Optional<String> fingerprint) {
        super(owner, "Room fingerprint", ModalityType.MODELESS);
        setName("roomFingerprintDialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        var heading = new JLabel("\"" + roomName + "\"");
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        var panel = new JPanel(new MigLayout("insets 20, wrap 1, fillx", "[grow,fill]"));
        panel.add(heading);
        fingerprint
                .map(Fingerprint::parse)
                .ifPresentOrElse(
                        shown -> {
                            panel.add(Paragraph.of(
                                    "Everyone joining for the first time is shown this fingerprint and asked "
                                            + "to compare it with yours. Read it out, or show this window."));
                            panel.add(new FingerprintView(shown, "fingerprint"), "gaptop 6, align center, growx 0");
                            panel.add(Paragraph.of("Anyone who sees a different one is not talking to your room."));
                        },
                        () -> panel.add(Paragraph.of("This room does not use encryption, so it has no fingerprint.")));
        var close = new JButton("Close");
        close.setName("close");
        close.addActionListener(e -> dispose());
        panel.add(close, "align right, growx 0, tag ok, gaptop 12");
        Keys.escapeCloses(this, this::dispose);
        setContentPane(panel);
        getRootPane().setDefaultButton(close);
        pack();
        setLocationRelativeTo(owner);
    }
}
