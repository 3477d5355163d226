package dev.parley.accounts.storage;

/** A PBKDF2 hash as stored: algorithm, cost and salt travel with it, so the cost can change later. */
public record StoredHash(String algorithm, int iterations, String salt, String hash) {}
