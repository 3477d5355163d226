package dev.parley.ui.prefs;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the app remembers between runs: recent rooms, last username, window places, last host settings. Kept in the
 * data directory ({@value PreferencesFile#FILE_NAME}), so two instances with their own {@code --data-dir} keep
 * their own.
 */
public final class UiPreferences {

    private static final int MAX_RECENT = 8;
    private final PreferencesFile node;

    /** The preferences kept in {@code dataDir}. */
    public UiPreferences(Path dataDir) {
        this.node = new PreferencesFile(dataDir.resolve(PreferencesFile.FILE_NAME));
    }

    public List<String> recentRooms() {
        var rooms = new ArrayList<String>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String room = node.get("recent." + i, null);
            if (room != null && !room.isBlank()) {
                rooms.add(room);
            }
        }
        return rooms;
    }

    /** Puts the room first in the recent list. */
    public void rememberRoom(String address) {
        var rooms = recentRooms();
        rooms.removeIf(r -> r.equalsIgnoreCase(address));
        rooms.addFirst(address);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < rooms.size()) {
                node.put("recent." + i, rooms.get(i));
            } else {
                node.remove("recent." + i);
            }
        }
    }

    public String lastUsername() {
        return node.get("lastUsername", "");
    }

    public void rememberUsername(String username) {
        node.put("lastUsername", username);
    }

    public String lastRoomName() {
        return node.get("host.roomName", "Parley room");
    }

    public int lastHostPort() {
        return node.getInt("host.port", 5050);
    }

    public void rememberHost(String roomName, int port) {
        node.put("host.roomName", roomName);
        node.putInt("host.port", port);
    }

    /** Saved bounds of a window, if they still fit on a screen. */
    public Optional<Rectangle> bounds(String window) {
        String text = node.get("bounds." + window, null);
        if (text == null) {
            return Optional.empty();
        }
        try {
            String[] p = text.split(",");
            var r = new Rectangle(
                    Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
            var screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            for (var screen : screens) {
                if (screen.getDefaultConfiguration().getBounds().intersects(r) && r.width > 200 && r.height > 150) {
                    return Optional.of(r);
                }
            }
        } catch (RuntimeException e) {
            // unreadable: forget it
        }
        return Optional.empty();
    }

    public void saveBounds(String window, Rectangle r) {
        node.put("bounds." + window, r.x + "," + r.y + "," + r.width + "," + r.height);
    }
}
