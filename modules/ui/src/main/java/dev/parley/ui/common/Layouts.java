package dev.parley.ui.common;

/**
 * The spacing every window uses, as MigLayout constraints, so the windows line up with each other. Use
 * {@link #window} and {@link #dialog} for a content panel's layout constraints, {@link #SECTION} before a group.
 */
public final class Layouts {

    /** Between related controls, in pixels (MigLayout scales them with the font). */
    public static final int GAP = 8;

    /** Around a main window's content. */
    public static final String WINDOW_INSETS = "insets 12";

    /** Around a dialog's form: a little more air than a window. */
    public static final String DIALOG_INSETS = "insets 16 20 16 20";

    /** Component constraint that starts a new group of controls below the one before. */
    public static final String SECTION = "gaptop 16";

    private Layouts() {}

    /** A main window's layout constraints, then {@code more} ("fill", "wrap 2"...). */
    public static String window(String more) {
        return WINDOW_INSETS + ", gap " + GAP + " " + GAP + (more.isEmpty() ? "" : ", " + more);
    }

    /** A dialog's layout constraints, then {@code more}. */
    public static String dialog(String more) {
        return DIALOG_INSETS + ", gap " + GAP + " " + GAP + (more.isEmpty() ? "" : ", " + more);
    }
}
