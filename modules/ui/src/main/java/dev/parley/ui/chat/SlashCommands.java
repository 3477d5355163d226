package dev.parley.ui.chat;

import dev.parley.ui.common.Background;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the composer's text does when sent. Text starting with one "/" is a command ({@code /help}, {@code /users},
 * {@code /users offline}), answered in the conversation; {@code //} sends the rest as a message starting with "/";
 * anything else is a message. A command it does not know is refused with the list of those it does, so that text
 * such as "/etc/hosts is…" is never lost: the composer keeps its draft whenever a command is refused.
 */
final class SlashCommands {

    /** The commands, as {@code /help} lists them. */
    static final List<String> HELP = List.of(
            "/help: this list",
            "/users: who is online",
            "/users offline: who has an account but is not here",
            "//text: sends \"/text\" as a message");

    private static final int SHOWN_COMMAND_CHARS = 40;

    private final Function<Boolean, CompletableFuture<List<String>>> users;
    private final Consumer<String> note;
    private final Consumer<String> problem;

    /**
     * @param users the room's online ({@code true}) or offline ({@code false}) users
     * @param note shows an answer in the conversation
     * @param problem shows a failure in the conversation
     */
    SlashCommands(
            Function<Boolean, CompletableFuture<List<String>>> users, Consumer<String> note, Consumer<String> problem) {
        this.users = users;
        this.note = note;
        this.problem = problem;
    }

    /** What sending {@code text} (stripped, not empty) comes to. */
    sealed interface Outcome {
        /** Send this to the room as a chat message. */
        record Message(String text) implements Outcome {}

        /** A command ran (its answer comes in the conversation): the draft is done with. */
        record Ran() implements Outcome {}

        /** Not sent and not run, for the reason given: the draft stays. */
        record Refused(String why) implements Outcome {}
    }

    Outcome handle(String text) {
        if (text.startsWith("//")) {
            return new Outcome.Message(text.substring(1));
        }
        if (!text.startsWith("/")) {
            return new Outcome.Message(text);
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        return switch (words[0]) {
            case "/help" -> {
                note.accept("Commands: " + String.join("; ", HELP) + ".");
                yield new Outcome.Ran();
            }
            case "/users" -> users(words);
            default ->
                new Outcome.Refused("Unknown command " + shown(words[0]) + ". " + known()
                        + " To send text that starts with \"/\", begin it with \"//\". Your text is still in the box.");
        };
    }

    /** The commands there are, in a sentence. */
    static String known() {
        return "Commands: /help, /users, /users offline.";
    }

    private Outcome users(String[] words) {
        boolean offline = words.length == 2 && words[1].equals("offline");
        if (words.length > 2 || (words.length == 2 && !offline && !words[1].equals("online"))) {
            return new Outcome.Refused("Use /users or /users offline. Your text is still in the box.");
        }
        Background.whenDone(
                users.apply(!offline),
                list -> {
                    if (list.isEmpty()) {
                        note.accept(offline ? "Nobody is offline." : "Nobody is online.");
                    } else {
                        note.accept((offline ? "Offline: " : "Online: ") + String.join(", ", list));
                    }
                },
                e -> problem.accept("Could not list users: " + Background.messageOf(e)));
        return new Outcome.Ran();
    }

    private static String shown(String command) {
        return command.codePointCount(0, command.length()) <= SHOWN_COMMAND_CHARS
                ? command
                : command.substring(0, command.offsetByCodePoints(0, SHOWN_COMMAND_CHARS)) + "…";
    }
}
