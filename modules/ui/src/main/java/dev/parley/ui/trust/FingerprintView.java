package dev.parley.ui.trust;

import dev.parley.protocol.tls.Fingerprint;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A fingerprint as people compare it: sixteen groups of four in two rows of eight, in a monospaced font, selectable
 * so it can be copied into a message to the host.
 */
final class FingerprintView extends JTextArea {

    private static final int GROUPS_PER_ROW = 8;

    FingerprintView(Fingerprint fingerprint, String name) {
        super(rows(fingerprint.toString()));
        setName(name);
        setEditable(false);
        setFocusable(true);
        setOpaque(false);
        Font base = UIManager.getFont("Label.font");
        setFont(new Font(Font.MONOSPACED, Font.BOLD, Math.round(base.getSize() * 1.25f)));
        setBorder(BorderFactory.createEmptyBorder(4, 0, 4, 0));
        getAccessibleContext().setAccessibleName(fingerprint.toString());
    }

    /** "3F2A 9C01 … (8 groups)\n… (8 groups)". */
    static String rows(String grouped) {
        String[] groups = grouped.split(" ");
        var text = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            if (i > 0) {
                text.append(i % GROUPS_PER_ROW == 0 ? '\n' : ' ');
            }
            text.append(groups[i]);
        }
        return text.toString();
    }
}
