package dev.parley.server.violation;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class LogsThroughSystemLogger {

    public static void log(String text) {
        System.getLogger("parley").log(System.Logger.Level.INFO, text);
    }
}
