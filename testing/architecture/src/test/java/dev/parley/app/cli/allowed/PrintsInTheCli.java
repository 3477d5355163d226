package dev.parley.app.cli.allowed;

/** Writes to the console where that is allowed: RulesCanFailTest shows the rule lets it be. */
public final class PrintsInTheCli {

    public static void say(String text) {
        System.out.println(text);
    }
}
