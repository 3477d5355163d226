package dev.parley.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain-JSON fake room that speaks the messages beyond the spec (docs/protocol.md): it lets anyone log in, then
 * sends its {@code room} message and its history, and whatever the test sends to everyone later. For what the real
 * room does not send yet (a ban's reason and end, {@code removed}).
 */
final class ScriptedRoom implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    private final List<Socket> inRoom = new CopyOnWriteArrayList<>();
    private final String afterLogin;

    /** @param afterLogin the lines sent after a successful login's answer (the room and history messages) */
    ScriptedRoom(String afterLogin) throws IOException {
        this.afterLogin = afterLogin;
        Thread.ofVirtual().start(this::acceptAll);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Sends {@code line} to everyone logged in. */
    void sendToAll(String line) throws IOException {
        for (Socket s : inRoom) {
            write(s, line + "\n");
        }
    }

    /** Drops every connection without a word, as a room whose process died. */
    void dropAll() throws IOException {
        for (Socket s : inRoom) {
            if (!s.isClosed()) {
                s.setSoLinger(true, 0);
                s.close();
            }
        }
    }

    private void acceptAll() {
        try {
            while (true) {
                Socket s = listener.accept();
                Thread.ofVirtual().start(() -> serve(s));
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void serve(Socket s) {
        try (s;
                var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.contains("\"type\":\"salt\"")) {
                    write(s, "{\"type\":\"salt\",\"salt\":\"c2FsdHNhbHRzYWx0c2FsdA==\"}\n");
                } else if (line.contains("\"type\":\"login\"")) {
                    write(s, "{\"type\":\"login\",\"success\":\"true\"}\n" + afterLogin);
                    inRoom.add(s);
                } else if (line.contains("\"type\":\"userlist\"")) {
                    write(s, "{\"type\":\"userlist\",\"users\":[\"amy\"],\"onlinetype\":\"true\"}\n");
                }
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            inRoom.remove(s);
        }
    }

    private static synchronized void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : inRoom) {
            s.close();
        }
    }
}
