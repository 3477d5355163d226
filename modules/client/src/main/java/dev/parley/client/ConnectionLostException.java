package dev.parley.client;

import java.io.IOException;

/** The connection ended while a request waited for its answer. */
public final class ConnectionLostException extends IOException {

    private static final long serialVersionUID = 1L;

    public ConnectionLostException(String message) {
        super(message);
    }
}
