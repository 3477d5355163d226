package dev.parley.ui.chat.conversation;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The font that draws emoji the desktop's own fonts leave blank: Symbola (monochrome, free for any use; see
 * Symbola-LICENSE.txt beside it), bundled and registered with Java on first use.
 */
public final class EmojiFont {

    /** A piece of text, and whether it needs the emoji font. */
    public record Run(String text, boolean emoji) {}

    private static final Optional<Font> FONT = load();

    private EmojiFont() {}

    /** The emoji font's family name, when it could be loaded. */
    public static Optional<String> family() {
        return FONT.map(Font::getFamily);
    }

    /**
     * Splits {@code text} into runs that {@code base} draws and runs that need the emoji font (with the joiners and
     * variation selectors inside them). All of it is one run of base text when the emoji font is missing.
     */
    public static List<Run> runs(String text, Font base) {
        var runs = new ArrayList<Run>();
        if (FONT.isEmpty()) {
            runs.add(new Run(text, false));
            return runs;
        }
        Font emoji = FONT.get();
        int start = 0;
        boolean inEmoji = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean joiner = cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
            boolean needs = joiner ? inEmoji : !base.canDisplay(cp) && emoji.canDisplay(cp);
            if (needs != inEmoji && i > start) {
                runs.add(new Run(text.substring(start, i), inEmoji));
                start = i;
            }
            inEmoji = needs;
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            runs.add(new Run(text.substring(start), inEmoji));
        }
        return runs;
    }

    private static Optional<Font> load() {
        try (InputStream in = EmojiFont.class.getResourceAsStream("Symbola.ttf")) {
            if (in == null) {
                return Optional.empty();
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return Optional.of(font);
        } catch (IOException | FontFormatException e) {
            // Without it emoji stay blank, as before; the conversation itself works.
            return Optional.empty();
        }
    }
}
