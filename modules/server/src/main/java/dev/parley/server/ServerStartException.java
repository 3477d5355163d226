package dev.parley.server;

/** The room could not start; the message is meant for the person who started it. */
public final class ServerStartException extends Exception {

    private static final long serialVersionUID = 1L;

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
