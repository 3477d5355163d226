package dev.parley.server;

import java.time.Instant;

/** Someone logged in to the room right now. */
public record OnlineUser(String username, String address, boolean guest, Instant since) {}
