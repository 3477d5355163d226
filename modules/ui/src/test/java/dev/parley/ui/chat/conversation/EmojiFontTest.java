package dev.parley.ui.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiFontTest {

    private static final String TEXT = "hi \uD83D\uDE42 \uD83D\uDC4D\uD83C\uDFFD \uD83C\uDF89 ok"; // 🙂 👍🏽 🎉

    @Test
    void theBundledFontDrawsEmojiOutsideTheBasicPlane() {
        assertThat(EmojiFont.family()).isPresent();
        Font font = new Font(EmojiFont.family().orElseThrow(), Font.PLAIN, 14);
        for (int cp : new int[] {0x1F642, 0x1F44D, 0x1F389}) {
            assertThat(font.canDisplay(cp)).as("U+%X", cp).isTrue();
        }
    }

    @Test
    void runsKeepTheTextAndGiveTheEmojiFontWhatTheBaseFontLacks() {
        Font base = new Font(Font.DIALOG, Font.PLAIN, 14);
        List<EmojiFont.Run> runs = EmojiFont.runs(TEXT, base);

        assertThat(String.join("", runs.stream().map(EmojiFont.Run::text).toList()))
                .isEqualTo(TEXT);
        for (EmojiFont.Run run : runs) {
            if (!run.emoji()) {
                assertThat(base.canDisplayUpTo(run.text())).as(run.text()).isEqualTo(-1);
            }
        }
        // A skin tone stays with the emoji it modifies.
        assertThat(runs.stream()
                        .filter(r -> r.text().contains("\uD83C\uDFFD"))
                        .allMatch(r -> r.text().contains("\uD83D\uDC4D")))
                .isTrue();
    }
}
