package dev.parley.accounts.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs before every write the stores make (a journal append, a snapshot's replacement). In the room it does nothing;
 * tests use it to make the disk slow or full at a chosen moment.
 */
@FunctionalInterface
public interface DiskHook {

    DiskHook NONE = file -> {};

    void beforeWrite(Path file) throws IOException;
}
