package dev.parley.client;

/** How a register, login or guest attempt ended. */
public sealed interface AuthResult {

    /** In the room as {@code username} (as the server spells it). */
    record LoggedIn(String username) implements AuthResult {}

    /** The name is registered, being registered, or (for guests) online. */
    record NameTaken() implements AuthResult {}

    /** Registration refused, with the server's reason (invalid name, registration closed, ...). */
    record RegistrationRefused(String reason) implements AuthResult {}

    /**
     * Login refused. {@code reason} is the server's code (wrong_credentials, already_online, too_many_attempts) or
     * null; {@code attemptsLeft} is null when the server did not say.
     */
    record LoginRefused(String reason, Integer attemptsLeft) implements AuthResult {
        public boolean connectionClosing() {
            return attemptsLeft != null && attemptsLeft == 0;
        }
    }

    /** The server answered with an error (guests disabled, invalid name, ...). */
    record Failed(String code, String message) implements AuthResult {}

    /** The address or user is banned; the server closes the connection. */
    record Banned() implements AuthResult {}

    /** This client is too old for the room; update to {@code serverVersion}. */
    record Outdated(String serverVersion) implements AuthResult {}
}
