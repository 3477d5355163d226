package dev.parley.files.violation;

import dev.parley.protocol.ParleyVersion;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesProtocol {

    public static String version(ParleyVersion version) {
        return version.toString();
    }
}
