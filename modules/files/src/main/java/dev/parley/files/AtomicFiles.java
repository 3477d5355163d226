package dev.parley.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix: write a
 * temporary file beside it ({@code .name.123.tmp}, owner-only where POSIX allows), fsync it, rename it over the
 * target, fsync the directory.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Replaces {@code target} with {@code content}, creating its directory when missing. */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, leftoverPrefix(target), ".tmp");
        try {
            try (FileChannel ch =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The file system of " + dir + " cannot rename files atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /**
     * Deletes the temporary files a crash in the middle of {@link #write} left beside {@code target}. For a file
     * only one process writes (a room holds its data directory's lock): none of them is in use.
     *
     * @return the files deleted
     */
    public static List<Path> removeLeftovers(Path target) throws IOException {
        return removeLeftovers(target, Duration.ZERO);
    }

    /**
     * Deletes the temporary files beside {@code target} older than {@code age}: for a file that two processes may
     * write (two windows of one user), where a young one may be another's write under way.
     *
     * @return the files deleted
     */
    public static List<Path> removeLeftovers(Path target, Duration age) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        var removed = new ArrayList<Path>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        String prefix = leftoverPrefix(target);
        Instant before = Instant.now().minus(age);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix)
                        && name.endsWith(".tmp")
                        && Files.isRegularFile(p)
                        && !Files.getLastModifiedTime(p).toInstant().isAfter(before)) {
                    Files.deleteIfExists(p);
                    removed.add(p);
                }
            }
        }
        return removed;
    }

    /**
     * Makes a rename or a new file's name durable. Not every OS lets a directory be opened; there the rename is as
     * good as it gets.
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself.
        }
    }

    private static String leftoverPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }
}
