package dev.parley.ui.notify;

/** Which messages the person wants to be told about while they are not looking at the room. */
public enum NotifyWhen {
    ALL("Every message"),
    MENTIONS("Only when I am mentioned"),
    NONE("Never");

    private final String label;

    NotifyWhen(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
