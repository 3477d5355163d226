package dev.parley.app.discovery;

/** A room's announcement on the local network, closed as the room stops. */
public interface Announcement extends AutoCloseable {

    /** Stops announcing; never throws. */
    @Override
    void close();
}
