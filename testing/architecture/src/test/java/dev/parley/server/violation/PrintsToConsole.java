package dev.parley.server.violation;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class PrintsToConsole {

    public static void say(String text) {
        System.out.println(text);
    }
}
