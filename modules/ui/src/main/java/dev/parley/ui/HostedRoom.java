package dev.parley.ui;

import dev.parley.server.RoomAdmin;
import java.util.List;

/** A room this app hosts: its admin API and where others can reach it. */
public interface HostedRoom {

    RoomAdmin admin();

    int port();

    /** "192.168.1.5:5050" and the like, for the host to tell others. */
    List<String> joinAddresses();

    /** Closes the room: everyone gets "shutdown". */
    void stop();
}
