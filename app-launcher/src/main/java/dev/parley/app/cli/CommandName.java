package dev.parley.app.cli;

/**
 * The name people type to run Parley, for help and messages: {@code parley-chat} where the Linux packages
 * installed it (their launcher sets {@value #PROPERTY}), {@code parley} from the repository's script.
 */
public final class CommandName {

    static final String PROPERTY = "parley.command";

    private CommandName() {}

    public static String current() {
        String name = System.getProperty(PROPERTY, "").strip();
        return name.isEmpty() ? "parley" : name;
    }
}
