package dev.parley.ui.notify;

import java.time.Clock;
import java.util.function.Supplier;
import javax.swing.JFrame;

/**
 * What a chat window does when someone writes while the person looks elsewhere: counts it in the title and, if the
 * settings say so, tells through the {@link Notifier}. The person's own messages and the room's history are not
 * news. Event thread only.
 */
public final class ChatAlerts {

    private final JFrame window;
    private final String me;
    private final Mentions mentions;
    private final Supplier<String> room;
    private final Supplier<NotifySettings> settings;
    private final Notifier notifier;
    private final Clock clock;
    private final UnreadTitle title;

    /**
     * @param room the room's name now
     * @param settings read at each message, so a change in Preferences applies at once
     */
    public ChatAlerts(
            JFrame window,
            String me,
            Supplier<String> room,
            Supplier<NotifySettings> settings,
            Notifier notifier,
            Clock clock) {
        this.window = window;
        this.me = me;
        this.mentions = new Mentions(me);
        this.room = room;
        this.settings = settings;
        this.notifier = notifier;
        this.clock = clock;
        this.title = new UnreadTitle(window, count -> notifier.unread(window, count));
    }

    /** The window's title, without the count. */
    public void title(String text) {
        title.title(text);
    }

    public int unread() {
        return title.unread();
    }

    /** A chat line came in, live. */
    public void said(String from, String text) {
        if (from.equalsIgnoreCase(me) || !title.arrived()) {
            return;
        }
        boolean mention = mentions.in(text);
        NotifySettings now = settings.get();
        if (now.tells(mention, clock.instant())) {
            notifier.alert(window, new Alert(room.get(), from, text, mention, now.sound()));
        }
    }

    /** The window has gone: nothing unread is left to show for it. */
    public void closed() {
        notifier.unread(window, 0);
    }
}
