package dev.parley.ui.login;

import java.awt.Component;
import java.awt.Window;
import java.util.function.Supplier;
import javax.swing.LayoutFocusTraversalPolicy;

/**
 * The usual order of focus, except that a window opens with the focus in the field to fill in first: typing that
 * starts before the person clicks anywhere goes where it belongs.
 */
final class FirstEmptyFieldFirst extends LayoutFocusTraversalPolicy {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<? extends Component> first;

    FirstEmptyFieldFirst(Supplier<? extends Component> first) {
        this.first = first;
    }

    @Override
    public Component getInitialComponent(Window window) {
        Component c = first.get();
        return c != null && c.isShowing() && c.isEnabled() && c.isFocusable() ? c : super.getInitialComponent(window);
    }
}
