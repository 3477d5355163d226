package dev.parley.ui.trust;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;

/** A small padlock, closed or open, drawn in a colour: no image files, crisp at any scale. */
public final class LockIcon implements Icon {

    private static final int WIDTH = 12;
    private static final int HEIGHT = 14;

    private final boolean closed;
    private final Color color;

    public LockIcon(boolean closed, Color color) {
        this.closed = closed;
        this.color = color;
    }

    boolean closed() {
        return closed;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        var g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            g2.setColor(color);
            g2.setStroke(new BasicStroke(1.6f));
            // the shackle: an arch over the body, lifted and shifted right when open
            double lift = closed ? 0 : 2.5;
            double shift = closed ? 0 : 3;
            g2.draw(new Arc2D.Double(2.5 + shift, 1 - lift, 7, 8, 0, 180, Arc2D.OPEN));
            g2.draw(new java.awt.geom.Line2D.Double(9.5 + shift, 5 - lift, 9.5 + shift, 7));
            if (closed) {
                g2.draw(new java.awt.geom.Line2D.Double(2.5, 5, 2.5, 7));
            }
            g2.fill(new RoundRectangle2D.Double(0.5, 6.5, 11, 7.5, 2.5, 2.5));
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return WIDTH;
    }

    @Override
    public int getIconHeight() {
        return HEIGHT;
    }
}
