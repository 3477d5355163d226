package dev.parley.ui.trust;

import javax.swing.JLabel;

/**
 * A label that wraps its text at a set width. An HTML label left to wrap by the layout reports the height of one long
 * line, and the dialog packed around it cuts off what comes below.
 */
final class Paragraph {

    static final int WIDTH_PX = 420;

    private Paragraph() {}

    /** @param html the inside of an HTML body: text with {@code <b>} and the like, escaped */
    static JLabel of(String html) {
        return new JLabel("<html><body style='width: " + WIDTH_PX + "px'>" + html + "</body></html>");
    }
}
