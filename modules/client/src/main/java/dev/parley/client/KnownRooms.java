package dev.parley.client;

import dev.parley.client.internal.KnownRoomsFile;
import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fingerprint trusted for each room, by address (host:port as typed, lower case), as SSH's known_hosts. Kept in
 * memory and, for the desktop app, in {@value #FILE_NAME} in its data directory, replaced whole on each change so
 * that a crash leaves the old file or the new one. Thread-safe.
 */
public final class KnownRooms {

    public static final String FILE_NAME = "known-rooms.json";

    private final KnownRoomsFile file;
    private final Map<String, Fingerprint> rooms;

    private KnownRooms(KnownRoomsFile file, Map<String, Fingerprint> rooms) {
        this.file = file;
        this.rooms = new TreeMap<>(rooms);
    }

    /** Remembered for this run only. */
    public static KnownRooms inMemory() {
        return new KnownRooms(null, Map.of());
    }

    /**
     * The rooms remembered in {@code dataDir}. A file that cannot be read as known rooms is set aside (renamed
     * {@code known-rooms.json.corrupt-…}, with a warning in the log) and the app starts with none: each room is then
     * asked about again, as on first use.
     *
     * @throws IOException when the folder cannot be read or the bad file cannot be set aside
     */
    public static KnownRooms in(Path dataDir) throws IOException {
        var file = new KnownRoomsFile(dataDir.resolve(FILE_NAME));
        return new KnownRooms(file, file.load());
    }

    /** The key a room is remembered under: host:port, IPv6 in brackets, lower case. */
    public static String key(String host, int port) {
        return new RoomAddress(host, port).toString();
    }

    public synchronized Optional<Fingerprint> fingerprintOf(String room) {
        return Optional.ofNullable(rooms.get(room));
    }

    /** Every room remembered, by address. */
    public synchronized Map<String, Fingerprint> all() {
        return Map.copyOf(rooms);
    }

    /**
     * Trusts {@code fingerprint} for {@code room} from now on, replacing what was trusted before. In force at once;
     * the file is written before this returns.
     *
     * @throws IOException when the file could not be written (the room is still trusted for this run)
     */
    public synchronized void remember(String room, Fingerprint fingerprint) throws IOException {
        rooms.put(room, fingerprint);
        save(room, fingerprint);
    }

    /** Forgets {@code room}: its next connection is a first use again. */
    public synchronized void forget(String room) throws IOException {
        rooms.remove(room);
        save(room, null);
    }

    private void save(String room, Fingerprint fingerprint) throws IOException {
        if (file != null) {
            file.update(room, fingerprint);
        }
    }
}
