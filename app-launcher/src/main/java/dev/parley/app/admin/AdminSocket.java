package dev.parley.app.admin;

import dev.parley.server.RoomAdmin;
import dev.parley.server.console.AdminConsole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The room's console commands (/ban, /kick, ...) for a room that has no terminal, such as the packaged service:
 * a Unix-domain socket, {@value #FILE_NAME} in the data directory, that takes one command line per connection,
 * runs it through the same {@link AdminConsole} as the terminal, answers with its text and closes.
 *
 * <p>Only the room's own user and root get in: the socket file is owner-only (0600) from the moment it has its
 * name (it is bound in a private directory, then moved in place), and each connection's peer credentials are
 * checked as well ({@link PeerPolicy}).
 */
public final class AdminSocket implements AutoCloseable {

    public static final String FILE_NAME = "admin.sock";
    /** Longer lines are not commands; the limit keeps a stray writer from growing a buffer without end. */
    static final int MAX_LINE_BYTES = 4096;

    private final ServerSocketChannel channel;
    private final Path path;
    private final RoomAdmin room;
    private final PeerPolicy policy;
    private final Thread acceptor;

    private AdminSocket(ServerSocketChannel channel, Path path, RoomAdmin room, PeerPolicy policy) {
        this.channel = channel;
        this.path = path;
        this.room = room;
        this.policy = policy;
        this.acceptor = Thread.ofPlatform().daemon().name("parley-admin-socket").unstarted(this::acceptLoop);
    }

    /**
     * Listens in {@code dataDir}, which the caller holds locked (so a socket file left there by a room that
     * crashed is stale, and replaced). Empty where the file system has no POSIX permissions (Windows): there
     * the socket could not be kept to its owner.
     */
    public static Optional<AdminSocket> open(Path dataDir, RoomAdmin room) throws IOException {
        if (!Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
            return Optional.empty();
        }
        Path path = dataDir.resolve(FILE_NAME);
        Files.deleteIfExists(path);
        Path staging = Files.createTempDirectory(
                dataDir, ".admin-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            Path staged = staging.resolve("s");
            channel.bind(UnixDomainSocketAddress.of(staged));
            Files.setPosixFilePermissions(staged, PosixFilePermissions.fromString("rw-------"));
            Files.move(staged, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } finally {
            Files.deleteIfExists(staging.resolve("s"));
            Files.deleteIfExists(staging);
        }
        var socket = new AdminSocket(channel, path, room, PeerPolicy.forThisProcess());
        socket.acceptor.start();
        return Optional.of(socket);
    }

    public Path path() {
        return path;
    }

    private void acceptLoop() {
        while (channel.isOpen()) {
            try {
                SocketChannel client = channel.accept();
                Thread.ofVirtual().name("parley-admin").start(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            // Read before refusing: closing on unread input would reset the connection before the reason arrives.
            LineRead read = readLine(client);
            Optional<String> refusal = policy.refusal(client);
            String answer = refusal.isPresent()
                    ? "error: " + refusal.get() + "\n"
                    : switch (read) {
                        case LineRead.Line(String line) -> run(line);
                        case LineRead.TooLong() ->
                            "error: a command is one line of at most " + MAX_LINE_BYTES + " bytes\n";
                    };
            reply(client, answer);
        } catch (IOException e) {
            // the admin client went away; nothing to tell anyone
        }
    }

    private String run(String line) {
        String command = line.strip();
        if (!command.isEmpty() && !command.startsWith("/")) {
            command = "/" + command;
        }
        var text = new ByteArrayOutputStream();
        try (var out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            if (command.isEmpty()) {
                new AdminConsole(room, out).execute("/help");
            } else {
                new AdminConsole(room, out).execute(command);
            }
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    /** What one connection sent: its first line, or too much without a line end. */
    sealed interface LineRead {
        record Line(String text) implements LineRead {}

        record TooLong() implements LineRead {}
    }

    static LineRead readLine(SocketChannel client) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_LINE_BYTES + 1);
        while (buffer.hasRemaining()) {
            int before = buffer.position();
            if (client.read(buffer) < 0) {
                break;
            }
            for (int i = before; i < buffer.position(); i++) {
                if (buffer.get(i) == '\n') {
                    return new LineRead.Line(new String(buffer.array(), 0, i, StandardCharsets.UTF_8));
                }
            }
        }
        if (buffer.position() > MAX_LINE_BYTES) {
            drain(client);
            return new LineRead.TooLong();
        }
        return new LineRead.Line(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }

    /** Reads on a little, so that the answer is not lost to a reset for unread input; gives up after 1 MB. */
    private static void drain(SocketChannel client) throws IOException {
        ByteBuffer sink = ByteBuffer.allocate(8192);
        for (int total = 0; total < (1 << 20); total += sink.position()) {
            sink.clear();
            if (client.read(sink) < 0) {
                return;
            }
        }
    }

    private static void reply(SocketChannel client, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            client.write(bytes);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a stale socket file is replaced by the next room on this data directory
        }
    }
}
