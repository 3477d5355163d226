package dev.parley.server.violation;

import ch.qos.logback.classic.Level;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesLogback {

    public static String level() {
        return Level.INFO.levelStr;
    }
}
