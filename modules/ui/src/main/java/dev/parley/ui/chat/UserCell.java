package dev.parley.ui.chat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.UIManager;

/**
 * A row of the user list: a presence dot, the name, and a "host" badge after the room owner's name. The row's text
 * stays the bare name (what the list holds, what a screen reader and the host's menu act on); the badge is drawn,
 * and named in the accessible name ("alice (host)").
 */
final class UserCell extends DefaultListCellRenderer {

    private static final String BADGE = "host";
    private static final int BADGE_GAP = 8;
    private static final int BADGE_PAD = 6;

    /** The room's owner, or null when the room did not say. */
    private String owner;

    private boolean online = true;
    private boolean ownerRow;

    void owner(String user) {
        this.owner = user;
    }

    String owner() {
        return owner;
    }

    /** Whether the list shows who is online (dots filled) or the offline accounts (rings). */
    void online(boolean showsOnline) {
        this.online = showsOnline;
    }

    @Override
    public Component getListCellRendererComponent(
            JList<?> list, Object value, int index, boolean selected, boolean focused) {
        super.getListCellRendererComponent(list, value, index, selected, focused);
        String name = String.valueOf(value);
        ownerRow = owner != null && owner.equalsIgnoreCase(name);
        setIcon(online ? PresenceDot.ONLINE : PresenceDot.OFFLINE);
        setIconTextGap(8);
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        getAccessibleContext().setAccessibleName(ownerRow ? name + " (" + BADGE + ")" : name);
        setToolTipText(ownerRow ? name + " hosts this room" : null);
        return this;
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        if (ownerRow) {
            size.width += BADGE_GAP + badgeWidth(getFontMetrics(badgeFont()));
        }
        return size;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (!ownerRow) {
            return;
        }
        var g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font font = badgeFont();
            FontMetrics badge = g2.getFontMetrics(font);
            int x = getInsets().left
                    + getIcon().getIconWidth()
                    + getIconTextGap()
                    + getFontMetrics(getFont()).stringWidth(getText())
                    + BADGE_GAP;
            int h = badge.getHeight() + 2;
            int y = (getHeight() - h) / 2;
            Color accent = UIManager.getColor("Component.accentColor");
            g2.setColor(accent != null ? accent : new Color(0x2F, 0x6F, 0xC0));
            g2.fillRoundRect(x, y, badgeWidth(badge), h, h, h);
            g2.setColor(Color.WHITE);
            g2.setFont(font);
            g2.drawString(BADGE, x + BADGE_PAD, y + 1 + badge.getAscent());
        } finally {
            g2.dispose();
        }
    }

    private Font badgeFont() {
        Font base = getFont();
        return base.deriveFont(Font.BOLD, base.getSize2D() * 0.8f);
    }

    private static int badgeWidth(FontMetrics badge) {
        return badge.stringWidth(BADGE) + 2 * BADGE_PAD;
    }
}
