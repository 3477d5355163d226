package dev.parley.accounts;

/** A store or data directory that cannot be used; the message says what and what to do about it. */
public final class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
