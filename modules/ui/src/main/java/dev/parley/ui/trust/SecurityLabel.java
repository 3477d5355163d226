package dev.parley.ui.trust;

import dev.parley.client.ConnectionSecurity;
import java.awt.Color;
import javax.swing.JLabel;
import javax.swing.UIManager;

/**
 * Whether the connection is encrypted and the room verified, in the words and colours of a status line: a padlock,
 * a few words, and the fingerprint in the tooltip.
 */
public final class SecurityLabel extends JLabel {

    private static final Color GOOD = new Color(0x2E7D32);
    private static final Color CAUTION = new Color(0xB26A00);
    private static final Color BAD = new Color(0xC62828);

    /** @param ownRoom whether this app hosts the room (said in the tooltip) */
    public SecurityLabel(ConnectionSecurity security, boolean ownRoom) {
        setName("security");
        putClientProperty("FlatLaf.styleClass", "small");
        switch (security) {
            case ConnectionSecurity.Verified v ->
                show(
                        true,
                        GOOD,
                        "Encrypted and verified",
                        (ownRoom
                                        ? "Your own room's fingerprint:"
                                        : "The room shows the fingerprint you trusted for it:")
                                + "<br><b>" + v.certificate() + "</b>");
            case ConnectionSecurity.TrustedNow t ->
                show(
                        true,
                        GOOD,
                        "Encrypted · fingerprint trusted now",
                        "You trusted this fingerprint on this join; Parley checks it every time from now on:<br><b>"
                                + t.certificate() + "</b>");
            case ConnectionSecurity.Unverified u ->
                show(
                        true,
                        CAUTION,
                        "Encrypted, not verified",
                        "Encrypted, but the room's fingerprint was not checked:<br><b>" + u.certificate() + "</b>");
            case ConnectionSecurity.Plain p ->
                show(
                        false,
                        BAD,
                        "Not encrypted",
                        "This room does not use encryption (an older Parley or another server):<br>others on the network "
                                + "can read what is said, and the room's identity is not checked.");
        }
    }

    private void show(boolean locked, Color tint, String words, String tooltip) {
        Color color = UIManager.getBoolean("laf.dark") ? tint.brighter() : tint;
        setIcon(new LockIcon(locked, color));
        setForeground(color);
        setText(words);
        setIconTextGap(5);
        setToolTipText("<html>" + tooltip + "</html>");
    }
}
