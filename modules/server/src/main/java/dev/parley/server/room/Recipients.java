package dev.parley.server.room;

import dev.parley.server.net.ClientConnection;
import java.util.Arrays;

/**
 * The connections a broadcast goes to, in a plain array: a broadcast walks all of them for every line, and joining
 * a big room walks them once per newcomer, so adding is O(1) and nothing is copied per line. Guarded by the room's
 * lock; the order is not the members' order (a leave moves the last one into the gap).
 */
final class Recipients {

    private ClientConnection[] connections = new ClientConnection[16];
    private int size;

    void add(ClientConnection connection) {
        if (size == connections.length) {
            connections = Arrays.copyOf(connections, size * 2);
        }
        connections[size++] = connection;
    }

    void remove(ClientConnection connection) {
        for (int i = 0; i < size; i++) {
            if (connections[i] == connection) {
                connections[i] = connections[--size];
                connections[size] = null;
                return;
            }
        }
    }

    /** Queues {@code line} for every connection but {@code except} (which may be null). */
    void send(byte[] line, ClientConnection except) {
        for (int i = 0; i < size; i++) {
            ClientConnection c = connections[i];
            if (c != except) {
                c.send(line);
            }
        }
    }
}
