package dev.parley.ui.notify;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** The tray icon's picture: a speech bubble with the unread count on a red dot ("9+" past nine). */
final class UnreadBadge {

    private static final int SIZE = 64;

    private UnreadBadge() {}

    static BufferedImage image(int count) {
        var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x2F, 0x6F, 0xC0));
            g.fill(new RoundRectangle2D.Float(2, 8, 48, 36, 14, 14));
            g.fillPolygon(new int[] {12, 26, 12}, new int[] {40, 40, 54}, 3);
            String text = count > 9 ? "9+" : Integer.toString(count);
            g.setColor(new Color(0xD9, 0x30, 0x25));
            var dot = new Ellipse2D.Float(30, 26, 34, 34);
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(3f));
            g.draw(dot);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, text.length() > 1 ? 18 : 22));
            var metrics = g.getFontMetrics();
            g.drawString(
                    text, 47 - metrics.stringWidth(text) / 2, 43 + (metrics.getAscent() - metrics.getDescent()) / 2);
        } finally {
            g.dispose();
        }
        return image;
    }
}
