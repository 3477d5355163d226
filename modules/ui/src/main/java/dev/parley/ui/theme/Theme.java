package dev.parley.ui.theme;

/** The look the person chose in Preferences. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    /** Dark when the operating system is set to dark, where {@link SystemTheme} can tell. */
    SYSTEM("Follow system");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
