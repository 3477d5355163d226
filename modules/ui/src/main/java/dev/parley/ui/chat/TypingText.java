package dev.parley.ui.chat;

import java.util.Collection;
import java.util.List;

/** "alice is typing…", "alice and bob are typing…", "alice, bob and 2 others are typing…". */
public final class TypingText {

    private TypingText() {}

    public static String describe(Collection<String> typers) {
        List<String> names =
                typers.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return switch (names.size()) {
            case 0 -> " ";
            case 1 -> names.get(0) + " is typing…";
            case 2 -> names.get(0) + " and " + names.get(1) + " are typing…";
            case 3 -> names.get(0) + ", " + names.get(1) + " and " + names.get(2) + " are typing…";
            default -> names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " others are typing…";
        };
    }
}
