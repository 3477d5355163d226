package dev.parley.server.room;

import dev.parley.files.AtomicFiles;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        AtomicFiles.removeLeftovers(file);
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

    /** Replaces the file with {@code lines}, crash-safely. */
    void write(List<ChatMessage> lines) throws IOException {
        AtomicFiles.write(file, codec.encode(new History(lines)));
    }

    /** The file is there but is not a history this room wrote. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String why) {
            super(why);
        }
    }
}
