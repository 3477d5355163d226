package dev.parley.protocol.message;

import java.util.Locale;

/** The {@code code} values of {@code error} messages. A client must tolerate codes it does not know. */
public enum ErrorCode {
    /** Input that is not a JSON object (a stray word, an array, broken JSON); the connection stays open. */
    MALFORMED_JSON,
    /** The {@code type} names no request this server knows. */
    UNKNOWN_TYPE,
    /** A field the request needs is absent. */
    MISSING_FIELD,
    /** A field has the wrong JSON type, or a boolean field is not "true"/"false". */
    WRONG_TYPE,
    /** The {@code version} is not MAJOR.MINOR.PATCH. */
    INVALID_VERSION,
    /** One object is larger than the server's limit ({@code maxMessageBytes}); the connection is closed. */
    MESSAGE_TOO_LARGE,
    /** An object's bytes are not UTF-8; that object is dropped and the connection stays open. */
    INVALID_UTF8,
    /** message, userlist and typing need a logged-in connection. */
    NOT_LOGGED_IN,
    /** login, guest or register on a connection that is already logged in. */
    ALREADY_LOGGED_IN,
    /** A username that breaks the naming rules. */
    INVALID_USERNAME,
    /** A guest login while the room does not allow guests. */
    GUESTS_DISABLED,
    /** Too many failed logins from this address; wait and try again. */
    TOO_MANY_ATTEMPTS,
    /** The connection did not log in within the server's {@code loginTimeoutSeconds}; it is closed. */
    LOGIN_TIMEOUT,
    /** This address already has the server's {@code maxConnectionsPerAddress} open; the new one is closed. */
    TOO_MANY_CONNECTIONS,
    /** The room has as many connections open as it takes ({@code maxConnections}); the new one is closed. */
    SERVER_FULL,
    /** This address opened new connections faster than the room allows; the new one is closed. */
    TOO_MANY_NEW_CONNECTIONS,
    /** This address, or the whole room, registered as many accounts as it may for now. */
    TOO_MANY_REGISTRATIONS,
    /** Chat messages, typing changes or user lists faster than the room allows; that one request is dropped. */
    RATE_LIMITED,
    /** Requests kept coming far past the room's rate limits; the connection is closed. */
    FLOODING,
    /** A chat message longer than the room's {@code maxMessageChars}; it is not sent (never cut). */
    MESSAGE_TOO_LONG,
    /** A chat message with no text. */
    EMPTY_MESSAGE,
    /** A plain JSON connection to a room that requires TLS ({@code requireTls}); it is closed. */
    TLS_REQUIRED,
    /** The host removed this connection from the room; it is closed. */
    KICKED,
    /** The server failed to handle the request; the room carries on. */
    INTERNAL_ERROR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
