package dev.parley.ui.chat;

import dev.parley.ui.common.Background;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** What a message starting with "/" does: {@code /users} and {@code /users offline}, answered in the conversation. */
final class SlashCommands {

    private final Function<Boolean, CompletableFuture<List<String>>> users;
    private final MessageView messages;

    /** @param users the room's online ({@code true}) or offline ({@code false}) users */
    SlashCommands(Function<Boolean, CompletableFuture<List<String>>> users, MessageView messages) {
        this.users = users;
        this.messages = messages;
    }

    static boolean isCommand(String text) {
        return text.startsWith("/");
    }

    void run(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        if (!words[0].equals("/users") || words.length > 2) {
            messages.problem("Unknown command " + words[0] + ". Commands: /users, /users offline.");
            return;
        }
        boolean offline = words.length == 2 && words[1].equals("offline");
        if (words.length == 2 && !offline && !words[1].equals("online")) {
            messages.problem("Use /users or /users offline.");
            return;
        }
        Background.whenDone(
                users.apply(!offline),
                list -> {
                    if (list.isEmpty()) {
                        messages.note(offline ? "Nobody is offline." : "Nobody is online.");
                    } else {
                        messages.note((offline ? "Offline: " : "Online: ") + String.join(", ", list));
                    }
                },
                e -> messages.problem("Could not list users: " + Background.messageOf(e)));
    }
}
