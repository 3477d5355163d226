package dev.parley.ui.notify;

import java.awt.Frame;

/**
 * Tells the person that someone wrote in a room whose window they are not looking at: the desktop's notification,
 * tray and taskbar ({@link DesktopNotifier}), or whatever a test puts in its place to see what would have been
 * shown. Event thread only.
 */
public interface Notifier {

    /** A notifier that shows nothing. */
    Notifier NONE = new Notifier() {
        @Override
        public void alert(Frame window, Alert alert) {}

        @Override
        public void unread(Frame window, int count) {}
    };

    /** Someone wrote in {@code window}, and the person's settings say to tell them. */
    void alert(Frame window, Alert alert);

    /** {@code window} now has {@code count} unread messages; 0 once it has been looked at or has closed. */
    void unread(Frame window, int count);
}
