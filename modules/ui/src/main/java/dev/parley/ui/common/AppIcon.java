package dev.parley.ui.common;

import java.awt.AWTEvent;
import java.awt.Image;
import java.awt.Taskbar;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Parley's icon (the installers' one, in this module's resources) on every window the app opens and, where the
 * platform has one, on the taskbar or dock, instead of Java's coffee cup.
 */
public final class AppIcon {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;
    private static boolean installed;

    private AppIcon() {}

    /** The icon in each size the resources hold, smallest first. */
    public static synchronized List<Image> images() {
        if (images == null) {
            var loaded = new ArrayList<Image>();
            for (int size : SIZES) {
                String name = "/dev/parley/ui/icons/parley-" + size + ".png";
                try (var in = AppIcon.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException(name + " is missing from the UI module");
                    }
                    loaded.add(ImageIO.read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /** Gives {@code window} Parley's icon, unless it has one of its own. */
    public static void set(Window window) {
        if (window.getIconImages().isEmpty()) {
            window.setIconImages(images());
        }
    }

    /**
     * From now on every window that opens without an icon of its own gets Parley's (dialogs made by Swing itself,
     * such as option panes and file choosers, too); the taskbar shows it where Java can set it. Once per run.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        Toolkit.getDefaultToolkit()
                .addAWTEventListener(
                        event -> {
                            if (event.getID() == WindowEvent.WINDOW_OPENED
                                    && event.getSource() instanceof Window window) {
                                set(window);
                            }
                        },
                        AWTEvent.WINDOW_EVENT_MASK);
        if (Taskbar.isTaskbarSupported() && Taskbar.getTaskbar().isSupported(Taskbar.Feature.ICON_IMAGE)) {
            Taskbar.getTaskbar().setIconImage(images().getLast());
        }
    }
}
