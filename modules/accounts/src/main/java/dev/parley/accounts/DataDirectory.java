package dev.parley.accounts;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder that holds a room's accounts, bans and configuration, held under an exclusive lock so that a second
 * server on the same folder refuses to start instead of overwriting the first one's files.
 */
public final class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static DataDirectory open(Path root) throws StoreException {
        Path dir = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data directory " + dir + ": " + describe(e), e);
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException("The data directory " + dir + " is not a directory.");
        }
        if (!Files.isReadable(dir) || !Files.isWritable(dir)) {
            throw new StoreException("The data directory " + dir + " must be readable and writable by this user.");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve("parley.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("Cannot use the data directory " + dir + ": " + describe(e), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot lock the data directory " + dir + ": " + describe(e), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException("Another Parley server is already using the data directory " + dir
                    + ". Stop it first, or give this one its own folder with --data-dir.");
        }
        return new DataDirectory(dir, channel, lock);
    }

    public Path root() {
        return root;
    }

    public Path resolve(String fileName) {
        return root.resolve(fileName);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below releases it too
        }
        closeQuietly(lockChannel);
    }

    private static String describe(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
