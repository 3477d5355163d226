package dev.parley.ui.prefs;

import dev.parley.ui.notify.NotifySettings;
import dev.parley.ui.notify.NotifyWhen;
import dev.parley.ui.theme.Theme;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the app remembers between runs: recent rooms, last username, window places, last host settings, and the
 * person's Preferences (notifications, look). Kept in the data directory ({@value PreferencesFile#FILE_NAME}), so
 * two instances with their own {@code --data-dir} keep their own.
 */
public final class UiPreferences {

    private static final int MAX_RECENT = 8;
    private final PreferencesFile node;

    /** The preferences kept in {@code dataDir}. */
    public UiPreferences(Path dataDir) {
        this.node = new PreferencesFile(dataDir.resolve(PreferencesFile.FILE_NAME));
    }

    /** A room joined lately: its address, and the name it gave then (null when it gave none). */
    public record RecentRoom(String address, String name) {

        /** "Attic — 192.168.1.20:5999", or the address alone for a room that gave no name. */
        @Override
        public String toString() {
            return name == null || name.isBlank() ? address : name + " — " + address;
        }
    }

    public List<String> recentRooms() {
        return recentRoomsNamed().stream().map(RecentRoom::address).toList();
    }

    /** The recent rooms, latest first, with the names they gave. */
    public List<RecentRoom> recentRoomsNamed() {
        var rooms = new ArrayList<RecentRoom>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String room = node.get("recent." + i, null);
            if (room != null && !room.isBlank()) {
                rooms.add(new RecentRoom(room, node.get("recent." + i + ".name", null)));
            }
        }
        return rooms;
    }

    /** Puts the room first in the recent list, with the name it gave before, if any. */
    public void rememberRoom(String address) {
        rememberRoom(address, null);
    }

    /** Puts the room first in the recent list, with {@code name} (null: the name it gave before, if any). */
    public void rememberRoom(String address, String name) {
        var rooms = recentRoomsNamed();
        String known = rooms.stream()
                .filter(r -> r.address().equalsIgnoreCase(address))
                .map(RecentRoom::name)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        rooms.removeIf(r -> r.address().equalsIgnoreCase(address));
        rooms.addFirst(new RecentRoom(address, name != null && !name.isBlank() ? name : known));
        saveRecent(rooms);
    }

    /** Takes the room off the recent list. */
    public void forgetRoom(String address) {
        var rooms = recentRoomsNamed();
        rooms.removeIf(r -> r.address().equalsIgnoreCase(address));
        saveRecent(rooms);
    }

    private void saveRecent(List<RecentRoom> rooms) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < rooms.size()) {
                node.put("recent." + i, rooms.get(i).address());
                if (rooms.get(i).name() != null) {
                    node.put("recent." + i + ".name", rooms.get(i).name());
                } else {
                    node.remove("recent." + i + ".name");
                }
            } else {
                node.remove("recent." + i);
                node.remove("recent." + i + ".name");
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

    /** The name the host hosts rooms under (the rooms' owner); the last username until one was chosen. */
    public String hostName() {
        return node.get("host.name", lastUsername());
    }

    public void rememberHostName(String name) {
        node.put("host.name", name);
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

    /** How the person wants to be told about messages (Preferences). */
    public NotifySettings notifySettings() {
        NotifyWhen when;
        try {
            when = NotifyWhen.valueOf(node.get("notify.when", NotifyWhen.ALL.name()));
        } catch (IllegalArgumentException e) {
            when = NotifyWhen.ALL;
        }
        long mutedUntil = node.getLong("notify.mutedUntil", 0);
        return new NotifySettings(
                when, node.getBoolean("notify.sound", false), mutedUntil > 0 ? Instant.ofEpochMilli(mutedUntil) : null);
    }

    public void rememberNotifySettings(NotifySettings settings) {
        node.put("notify.when", settings.when().name());
        node.putBoolean("notify.sound", settings.sound());
        if (settings.mutedUntil() != null) {
            node.putLong("notify.mutedUntil", settings.mutedUntil().toEpochMilli());
        } else {
            node.remove("notify.mutedUntil");
        }
    }

    /** The look the person chose (Preferences); following the system's until they choose. */
    public Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    public void rememberTheme(Theme theme) {
        node.put("theme", theme.name());
    }
}
