package dev.parley.accounts;

import java.io.IOException;
import java.util.List;

/**
 * A change to the bans that is in force but did not reach the disk (a full disk, say). The room applies it at once
 * and keeps trying to save it; the host should be told that a restart before then would undo it.
 */
public final class NotSavedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<Ban> bans;

    public NotSavedException(List<Ban> bans, IOException cause) {
        super("applied but NOT saved to disk: " + BanList.describe(cause) + "; Parley keeps retrying", cause);
        this.bans = List.copyOf(bans);
    }

    /** The bans the change added, or lifted. */
    public List<Ban> bans() {
        return bans;
    }

    /** Why the save failed, for a person. */
    public String reason() {
        return BanList.describe((IOException) getCause());
    }
}
