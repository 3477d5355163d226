package dev.parley.ui.chat;

import dev.parley.ui.common.RoomEnding;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * Across the top of a chat window whose room has ended for it: why, in the room's words when it gave them, with
 * Rejoin and Close. The conversation stays below it, read-only. Hidden while the session lives.
 */
final class EndBanner extends JPanel {

    private final JLabel title = new JLabel();
    private final JLabel text = new JLabel();
    private final JButton rejoin = new JButton("Rejoin");
    private final JButton close = new JButton("Close");

    /** @param name the banner's component name ("notice-" and the user) */
    EndBanner(String name, Runnable onRejoin, Runnable onClose) {
        super(new MigLayout("insets 8 12 8 12, fillx", "[grow,fill][][]", "[][]"));
        setName(name);
        title.setName("noticeTitle");
        text.setName("noticeText");
        rejoin.setName("rejoin");
        close.setName("closeWindow");
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD));
        Color warning = UIManager.getColor("Component.warning.focusedBorderColor");
        Color edge = warning != null ? warning : new Color(0xE0, 0xA0, 0x30);
        setBackground(blend(edge, UIManager.getColor("Panel.background")));
        setBorder(BorderFactory.createMatteBorder(0, 4, 0, 0, edge));
        rejoin.addActionListener(e -> onRejoin.run());
        close.addActionListener(e -> onClose.run());
        add(title, "cell 0 0");
        add(rejoin, "cell 1 0 1 2, aligny center, sg buttons");
        add(close, "cell 2 0 1 2, aligny center, sg buttons");
        add(text, "cell 0 1, wmin 0");
        setVisible(false);
    }

    /** Shows why the room ended; {@code canRejoin} whether Rejoin may work. */
    void show(RoomEnding ending, boolean canRejoin) {
        title.setText(ending.title());
        setText(ending.text());
        rejoin.setEnabled(canRejoin);
        rejoin.setText("Rejoin");
        setVisible(true);
        revalidate();
    }

    /** While trying again: the same banner, saying so. */
    void trying(String what) {
        rejoin.setEnabled(false);
        rejoin.setText("Rejoining…");
        setText(what);
    }

    void stoppedTrying(String why, boolean canRejoin) {
        rejoin.setEnabled(canRejoin);
        rejoin.setText("Rejoin");
        setText(why);
    }

    String message() {
        return title.getText() + ": " + text.getText().replaceAll("<[^>]*>", "");
    }

    private void setText(String plain) {
        // HTML so that a long reason wraps instead of widening the window.
        text.setText("<html>" + plain.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
    }

    private static Color blend(Color a, Color b) {
        if (b == null) {
            return new Color(0xFF, 0xF4, 0xE0);
        }
        return new Color(
                (a.getRed() + 5 * b.getRed()) / 6,
                (a.getGreen() + 5 * b.getGreen()) / 6,
                (a.getBlue() + 5 * b.getBlue()) / 6);
    }
}
