package dev.parley.server.violation;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class LogsThroughJul {

    public static void log(String text) {
        java.util.logging.Logger.getLogger("parley").info(text);
    }
}
