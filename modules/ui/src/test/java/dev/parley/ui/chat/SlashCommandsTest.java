package dev.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ui.chat.SlashCommands.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {

    private final List<String> notes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Boolean> asked = new ArrayList<>();
    private final SlashCommands commands = new SlashCommands(
            online -> {
                asked.add(online);
                return new CompletableFuture<>();
            },
            notes::add,
            problems::add);

    @Test
    void plainTextIsAMessage() {
        assertThat(commands.handle("hello /there")).isEqualTo(new Outcome.Message("hello /there"));
    }

    @Test
    void aDoubleSlashSendsTheRestStartingWithOneSlash() {
        assertThat(commands.handle("//etc/hosts is where")).isEqualTo(new Outcome.Message("/etc/hosts is where"));
        assertThat(commands.handle("//")).isEqualTo(new Outcome.Message("/"));
    }

    @Test
    void anUnknownCommandIsRefusedWithTheCommandsThereAre() {
        Outcome outcome = commands.handle("/etc/hosts is the file");

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        String why = ((Outcome.Refused) outcome).why();
        assertThat(why)
                .contains("Unknown command /etc/hosts")
                .contains("/help, /users, /users offline")
                .contains("begin it with \"//\"")
                .contains("still in the box");
        assertThat(notes).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void aLongUnknownCommandIsShownCutShort() {
        String why = ((Outcome.Refused) commands.handle("/" + "😀".repeat(60))).why();

        assertThat(why).contains("/" + "😀".repeat(39) + "…").doesNotContain("😀".repeat(41));
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(commands.handle("/help")).isEqualTo(new Outcome.Ran());

        assertThat(notes).singleElement().asString().contains("/help", "/users", "/users offline", "//text");
    }

    @Test
    void usersAsksForOnlineOrOfflineUsers() {
        assertThat(commands.handle("/users")).isEqualTo(new Outcome.Ran());
        assertThat(commands.handle("/USERS offline")).isEqualTo(new Outcome.Ran());
        assertThat(commands.handle("/users online")).isEqualTo(new Outcome.Ran());

        assertThat(asked).containsExactly(true, false, true);
    }

    @Test
    void usersWithWordsItDoesNotTakeIsRefused() {
        assertThat(commands.handle("/users everyone")).isInstanceOf(Outcome.Refused.class);
        assertThat(commands.handle("/users offline now")).isInstanceOf(Outcome.Refused.class);
        assertThat(asked).isEmpty();
    }
}
