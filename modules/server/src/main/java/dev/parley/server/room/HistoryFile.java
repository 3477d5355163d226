package dev.parley.server.room;

import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The room's history in its data directory: one {@code history} message, as the wire writes it, in a file written
 * like the other stores (a whole new file forced to disk and renamed over the old one, so a crash leaves the old
 * file or the new, never half of one). A file that cannot be read is set aside, never fatal: the room then starts
 * with no history.
 */
final class HistoryFile {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final MessageCodec codec;

    HistoryFile(Path file, MessageCodec codec) {
        this.file = file;
        this.codec = codec;
    }

    Path path() {
        return file;
    }

    /** Deletes temporary files a crash during a save left beside the file. */
    void deleteLeftovers() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".";
        try (var leftovers = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** What the file holds, oldest first; empty when there is no file. */
    List<ChatMessage> read() throws IOException, Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        try {
            ServerMessage message = codec.decodeServerMessage(bytes, 0, bytes.length);
            if (message instanceof History history) {
                return history.messages();
            }
            throw new Unreadable("it holds a \"" + message.getClass().getSimpleName() + "\", not a history");
        } catch (ProtocolException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    /** Moves an unreadable file out of the way, beside it, named by the time; returns where it went. */
    Path setAside(Clock clock) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    /**
     * Replaces the file with {@code lines}. As the accounts module's stores write (whose helper it does not export):
     * a temporary file beside the target, forced to disk, renamed over the target, then the directory forced.
     */
    void write(List<ChatMessage> lines) throws IOException {
        byte[] content = codec.encode(new History(lines));
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; NTFS journals the rename itself
        }
    }

    /** The file is there but is not a history this room wrote. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String why) {
            super(why);
        }
    }
}
