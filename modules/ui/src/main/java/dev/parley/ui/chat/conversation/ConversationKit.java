package dev.parley.ui.chat.conversation;

import javax.swing.text.AbstractDocument;
import javax.swing.text.BoxView;
import javax.swing.text.ComponentView;
import javax.swing.text.Element;
import javax.swing.text.IconView;
import javax.swing.text.ParagraphView;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledEditorKit;
import javax.swing.text.View;
import javax.swing.text.ViewFactory;

/** The conversation's views: text that wraps anywhere when it must, and text marked {@link Marks#HIDDEN}. */
public final class ConversationKit extends StyledEditorKit {

    private static final long serialVersionUID = 1L;

    private static final ViewFactory VIEWS = ConversationKit::create;

    @Override
    public ViewFactory getViewFactory() {
        return VIEWS;
    }

    private static View create(Element elem) {
        String kind = elem.getName();
        if (kind == null) {
            return new WrappingLabelView(elem);
        }
        return switch (kind) {
            case AbstractDocument.ContentElementName ->
                Boolean.TRUE.equals(elem.getAttributes().getAttribute(Marks.HIDDEN))
                        ? new HiddenView(elem)
                        : new WrappingLabelView(elem);
            case AbstractDocument.ParagraphElementName -> new ParagraphView(elem);
            case AbstractDocument.SectionElementName -> new BoxView(elem, View.Y_AXIS);
            case StyleConstants.ComponentElementName -> new ComponentView(elem);
            case StyleConstants.IconElementName -> new IconView(elem);
            default -> new WrappingLabelView(elem);
        };
    }
}
