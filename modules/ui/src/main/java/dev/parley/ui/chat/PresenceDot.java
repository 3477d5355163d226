package dev.parley.ui.chat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import javax.swing.Icon;
import javax.swing.UIManager;

/** A small dot before a name in the user list: filled green for online, a grey ring for offline. */
final class PresenceDot implements Icon {

    static final PresenceDot ONLINE = new PresenceDot(true);
    static final PresenceDot OFFLINE = new PresenceDot(false);

    private static final int SIZE = 10;
    private static final Color GREEN_LIGHT = new Color(0x2E, 0xA0, 0x43);
    private static final Color GREEN_DARK = new Color(0x3F, 0xB9, 0x50);

    private final boolean online;

    private PresenceDot(boolean online) {
        this.online = online;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        var g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (online) {
                g2.setColor(UIManager.getBoolean("laf.dark") ? GREEN_DARK : GREEN_LIGHT);
                g2.fill(new Ellipse2D.Float(x, y, SIZE, SIZE));
            } else {
                Color grey = UIManager.getColor("Label.disabledForeground");
                g2.setColor(grey != null ? grey : Color.GRAY);
                g2.setStroke(new BasicStroke(1.5f));
                g2.draw(new Ellipse2D.Float(x + 0.75f, y + 0.75f, SIZE - 1.5f, SIZE - 1.5f));
            }
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
