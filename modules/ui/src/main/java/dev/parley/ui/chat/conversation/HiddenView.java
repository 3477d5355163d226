package dev.parley.ui.chat.conversation;

import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import javax.swing.text.Element;
import javax.swing.text.Position;
import javax.swing.text.View;

/**
 * Text that stays in the conversation's transcript (copied, saved, searched) but takes no room on screen: the name
 * and time of a message grouped under its sender's previous one.
 */
final class HiddenView extends View {

    HiddenView(Element elem) {
        super(elem);
    }

    @Override
    public float getPreferredSpan(int axis) {
        return 0;
    }

    @Override
    public void paint(Graphics g, Shape allocation) {
        // nothing to show
    }

    @Override
    public Shape modelToView(int pos, Shape a, Position.Bias b) {
        Rectangle r = a.getBounds();
        r.width = 0;
        return r;
    }

    @Override
    public int viewToModel(float x, float y, Shape a, Position.Bias[] biasReturn) {
        biasReturn[0] = Position.Bias.Forward;
        return getEndOffset();
    }
}
