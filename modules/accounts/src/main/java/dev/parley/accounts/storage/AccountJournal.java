package dev.parley.accounts.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.accounts.StoreException;
import dev.parley.files.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts registered since accounts.json was last written: {@code accounts.journal}, one account per line,
 * each line fsynced before its registration is acknowledged, so a registration costs one small append whatever the
 * number of accounts.
 *
 * <p>Compacting the journal into accounts.json first <em>seals</em> it (renames it {@code accounts.journal.N}, so
 * new registrations go to a fresh file while the snapshot is written), and deletes the sealed files once the
 * snapshot is on disk. At open the snapshot is read, then the sealed files in order, then the live one. A line may be
 * in both the snapshot and a journal (a crash between writing the one and deleting the other): the same account
 * twice is read once.
 *
 * <p>A crash in the middle of an append leaves a last line without its newline. Such a line was never acknowledged
 * (the fsync comes after the newline), so it is skipped with a warning; any other line that does not read stops the
 * open.
 */
public final class AccountJournal {

    private static final Logger LOG = LoggerFactory.getLogger(AccountJournal.class);

    private final Path live;
    private final DiskHook hook;
    private FileChannel channel;
    private int entries;
    private long nextSeal;

    /** The files of a seal, to delete once the snapshot holding their accounts is on disk. */
    public record Sealed(List<Path> files) {
        public Sealed {
            files = List.copyOf(files);
        }
    }

    private AccountJournal(Path live, DiskHook hook, int entries, long nextSeal) {
        this.live = live;
        this.hook = hook;
        this.entries = entries;
        this.nextSeal = nextSeal;
    }

    /** What the journal files beside a snapshot hold, in the order they were written. */
    public record Contents(List<AccountRecord> accounts, int liveEntries, boolean anyFile) {}

    /** Reads the journal files of {@code live} without changing any of them. */
    public static Contents read(Path live) throws StoreException {
        var accounts = new ArrayList<AccountRecord>();
        int liveEntries = 0;
        List<Path> files = files(live);
        for (Path file : files) {
            int n = readFile(file, accounts);
            if (file.equals(live)) {
                liveEntries = n;
            }
        }
        return new Contents(accounts, liveEntries, !files.isEmpty());
    }

    /** Opens the journal for appending, after {@link #read}. */
    public static AccountJournal open(Path live, DiskHook hook, int liveEntries) throws StoreException {
        long next = 1;
        for (Path p : sealedFiles(live)) {
            next = Math.max(next, sealNumber(p) + 1);
        }
        return new AccountJournal(live, hook, liveEntries, next);
    }

    public Path path() {
        return live;
    }

    /**
     * Appends one account and forces it to the disk, then runs {@code onDurable} while still holding the journal, so
     * a seal never comes between an account reaching the journal and reaching memory.
     *
     * @return how many accounts the live journal holds now
     */
    public synchronized int append(AccountRecord account, Runnable onDurable) throws IOException {
        byte[] json = JsonStoreFile.LINES.writeValueAsBytes(account);
        ByteBuffer line =
                ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
        hook.beforeWrite(live);
        FileChannel ch = channel();
        long start = ch.size();
        try {
            ch.position(start);
            while (line.hasRemaining()) {
                ch.write(line);
            }
            ch.force(false);
        } catch (IOException e) {
            undo(start);
            throw e;
        }
        entries++;
        onDurable.run();
        return entries;
    }

    /** Entries in the live journal. */
    public synchronized int entries() {
        return entries;
    }

    /**
     * Closes the live journal and renames it to the next sealed name; the next append starts a new one.
     *
     * @return every sealed file (earlier ones too, left by a compaction that failed)
     */
    public synchronized Sealed seal() throws IOException {
        closeChannel();
        if (Files.exists(live)) {
            Files.move(
                    live, live.resolveSibling(live.getFileName() + "." + nextSeal++), StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.syncDirectory(live.toAbsolutePath().getParent());
        }
        entries = 0;
        try {
            return new Sealed(sealedFiles(live));
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Deletes sealed files whose accounts are in a snapshot now on disk. */
    public void delete(Sealed sealed) throws IOException {
        for (Path p : sealed.files()) {
            Files.deleteIfExists(p);
        }
    }

    /** Closes the live file; a later append opens it again. */
    public synchronized void close() throws IOException {
        closeChannel();
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            boolean fresh = !Files.exists(live);
            channel = FileChannel.open(live, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (fresh) {
                // The new file's name must survive a crash as much as the line written to it.
                AtomicFiles.syncDirectory(live.toAbsolutePath().getParent());
            }
        }
        return channel;
    }

    /**
     * Takes back a line that failed half-way (a full disk writes part of it), so the next line does not follow a torn
     * one. When even that fails the file is sealed where it is: a torn last line of a file is read as such.
     */
    private void undo(long size) {
        try {
            channel.truncate(size);
        } catch (IOException e) {
            try {
                closeChannel();
                Files.move(
                        live,
                        live.resolveSibling(live.getFileName() + "." + nextSeal++),
                        StandardCopyOption.ATOMIC_MOVE);
                entries = 0;
            } catch (IOException again) {
                LOG.warn("Could not take back a failed append to {}: {}", live, again.toString());
            }
        }
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            FileChannel ch = channel;
            channel = null;
            ch.close();
        }
    }

    private static int readFile(Path file, List<AccountRecord> out) throws StoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        int count = 0;
        int lineNumber = 0;
        int from = 0;
        while (from < bytes.length) {
            lineNumber++;
            int end = indexOf(bytes, (byte) '\n', from);
            if (end < 0) {
                LOG.warn(
                        "{} ends in an unfinished line {} (the room stopped while writing it; that registration "
                                + "was never confirmed): skipped",
                        file,
                        lineNumber);
                break;
            }
            String line = new String(bytes, from, end - from, StandardCharsets.UTF_8).strip();
            from = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            AccountRecord account;
            try {
                account = JsonStoreFile.LINES.readValue(line, AccountRecord.class);
            } catch (JsonProcessingException e) {
                throw corrupt(file, lineNumber, e.getOriginalMessage());
            }
            if (account == null || account.username() == null || account.salt() == null || account.password() == null) {
                throw corrupt(file, lineNumber, "an account without username, salt or password");
            }
            out.add(account);
            count++;
        }
        return count;
    }

    private static StoreException corrupt(Path file, int line, String what) {
        return new StoreException(file + " is not valid at line " + line + ": " + what + ". Parley leaves it as it "
                + "is: fix it, restore it from a backup or move it away, then start again.");
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The sealed files in the order they were sealed, then the live one if it exists. */
    private static List<Path> files(Path live) throws StoreException {
        var all = new ArrayList<>(sealedFiles(live));
        if (Files.exists(live)) {
            all.add(live);
        }
        return all;
    }

    private static List<Path> sealedFiles(Path live) throws StoreException {
        Pattern pattern = sealedPattern(live);
        Path dir = live.toAbsolutePath().getParent();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(AccountJournal::sealNumber))
                    .toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Pattern sealedPattern(Path live) {
        return Pattern.compile(Pattern.quote(live.getFileName().toString()) + "\\.([0-9]{1,18})");
    }

    private static long sealNumber(Path p) {
        String name = p.getFileName().toString();
        return Long.parseLong(name.substring(name.lastIndexOf('.') + 1));
    }
}
