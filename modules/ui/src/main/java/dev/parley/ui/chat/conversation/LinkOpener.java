package dev.parley.ui.chat.conversation;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** Opens a link from the conversation: in the browser, or the mail program for mailto. */
@FunctionalInterface
public interface LinkOpener {

    void open(URI link) throws IOException;

    /** The desktop's browser and mail program, where Java reaches them. */
    static LinkOpener desktop() {
        return link -> {
            if (!Desktop.isDesktopSupported()) {
                throw new IOException("This desktop cannot open links");
            }
            Desktop desktop = Desktop.getDesktop();
            boolean mail = "mailto".equals(link.getScheme().toLowerCase(Locale.ROOT));
            if (mail && desktop.isSupported(Desktop.Action.MAIL)) {
                desktop.mail(link);
            } else if (desktop.isSupported(Desktop.Action.BROWSE)) {
                desktop.browse(link);
            } else {
                throw new IOException("This desktop cannot open links");
            }
        };
    }
}
