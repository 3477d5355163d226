package dev.parley.ui.notify;

import java.awt.AWTException;
import java.awt.Frame;
import java.awt.SystemTray;
import java.awt.Taskbar;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.util.HashMap;
import java.util.Map;

/**
 * The desktop's ways of telling: a tray icon per room with unread messages, showing the count, whose balloon is
 * the notification ({@link TrayIcon#displayMessage}); the taskbar asking for attention; a beep when wanted. What
 * the platform lacks (no tray under a bare X server, no taskbar badge outside macOS) is skipped without a word:
 * the title's count is still there. Event thread only.
 */
public final class DesktopNotifier implements Notifier {

    private static final int MAX_TEXT = 200;

    private final Map<Frame, TrayIcon> icons = new HashMap<>();
    private final Map<Frame, Integer> counts = new HashMap<>();

    @Override
    public void alert(Frame window, Alert alert) {
        if (alert.sound()) {
            Toolkit.getDefaultToolkit().beep();
        }
        TrayIcon icon = icons.get(window);
        if (icon != null) {
            String text = alert.text().length() > MAX_TEXT ? alert.text().substring(0, MAX_TEXT) + "…" : alert.text();
            icon.displayMessage(alert.title(), text, TrayIcon.MessageType.INFO);
        }
        requestAttention(window);
    }

    @Override
    public void unread(Frame window, int count) {
        if (count > 0) {
            counts.put(window, count);
        } else {
            counts.remove(window);
        }
        showInTray(window, count);
        badge();
    }

    private void showInTray(Frame window, int count) {
        if (!trayWorks()) {
            return;
        }
        TrayIcon icon = icons.get(window);
        if (count == 0) {
            if (icon != null) {
                icons.remove(window);
                SystemTray.getSystemTray().remove(icon);
            }
            return;
        }
        String tip = count + " unread in " + window.getTitle().replaceFirst("^\\(\\d+\\) ", "");
        if (icon != null) {
            icon.setImage(UnreadBadge.image(count));
            icon.setToolTip(tip);
            return;
        }
        var added = new TrayIcon(UnreadBadge.image(count), tip);
        added.setImageAutoSize(true);
        // Clicking the icon or its balloon goes to the room.
        added.addActionListener(e -> {
            window.setState(Frame.NORMAL);
            window.toFront();
            window.requestFocus();
        });
        try {
            SystemTray.getSystemTray().add(added);
            icons.put(window, added);
        } catch (AWTException | UnsupportedOperationException e) {
            // The tray went away or refuses icons: the title's count still tells.
        }
    }

    private static boolean trayWorks() {
        try {
            return SystemTray.isSupported();
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static void requestAttention(Frame window) {
        try {
            if (!Taskbar.isTaskbarSupported()) {
                return;
            }
            Taskbar taskbar = Taskbar.getTaskbar();
            if (taskbar.isSupported(Taskbar.Feature.USER_ATTENTION_WINDOW)) {
                taskbar.requestWindowUserAttention(window);
            } else if (taskbar.isSupported(Taskbar.Feature.USER_ATTENTION)) {
                taskbar.requestUserAttention(true, false);
            }
        } catch (UnsupportedOperationException | SecurityException e) {
            // Not on this desktop: the notification and the title's count still tell.
        }
    }

    /** The app's unread total on its taskbar icon, where the platform shows one (macOS). */
    private void badge() {
        try {
            if (!Taskbar.isTaskbarSupported() || !Taskbar.getTaskbar().isSupported(Taskbar.Feature.ICON_BADGE_NUMBER)) {
                return;
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            Taskbar.getTaskbar().setIconBadge(total > 0 ? Integer.toString(total) : null);
        } catch (UnsupportedOperationException | SecurityException e) {
            // No badge on this desktop: the tray icon and the title carry the count.
        }
    }
}
