package dev.parley.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands between clients and a room on a port of its own, passing bytes both ways; {@link #kill} drops every
 * connection and stops listening, as a room whose process is killed does (no goodbye), and {@link #restart} listens
 * on the same port again.
 */
final class DroppingProxy implements AutoCloseable {

    private final int port;
    private final InetSocketAddress room;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    DroppingProxy(InetSocketAddress room) throws IOException {
        this.room = room;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
    }

    int port() {
        return port;
    }

    void kill() throws IOException {
        listener.close();
        for (Socket s : open) {
            if (!s.isClosed()) {
                s.setSoLinger(true, 0); // a reset, as when the process is gone
                s.close();
            }
        }
        open.clear();
    }

    void restart() throws IOException {
        listener = listen(port);
    }

    private ServerSocket listen(int onPort) throws IOException {
        var server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Socket client = server.accept();
                    Socket upstream = new Socket(room.getAddress(), room.getPort());
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                }
            } catch (IOException e) {
                // killed
            }
        });
        return server;
    }

    private static void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side went
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // closed either way
                }
            }
        });
    }

    @Override
    public void close() throws IOException {
        kill();
    }
}
