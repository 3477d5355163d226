package dev.parley.ui.chat.conversation;

import javax.swing.text.Element;
import javax.swing.text.LabelView;
import javax.swing.text.Segment;
import javax.swing.text.View;

/**
 * A run of text that may break anywhere when no space fits. Swing's own runs report their longest word as their
 * minimum width: one long token then widened the whole conversation past its viewport for the rest of the session.
 */
final class WrappingLabelView extends LabelView {

    WrappingLabelView(Element elem) {
        super(elem);
    }

    @Override
    public float getMinimumSpan(int axis) {
        return axis == View.X_AXIS ? 0 : super.getMinimumSpan(axis);
    }

    @Override
    public View breakView(int axis, int p0, float pos, float len) {
        View broken = super.breakView(axis, p0, pos, len);
        int end = broken.getEndOffset();
        // A break between the halves of a surrogate pair (an emoji) would show two broken halves.
        if (axis == View.X_AXIS && end > p0 + 1 && end < getEndOffset() && splitsPair(end)) {
            return createFragment(p0, end - 1);
        }
        return broken;
    }

    private boolean splitsPair(int offset) {
        Segment s = getText(offset - 1, offset + 1);
        return s.count == 2
                && Character.isHighSurrogate(s.array[s.offset])
                && Character.isLowSurrogate(s.array[s.offset + 1]);
    }
}
