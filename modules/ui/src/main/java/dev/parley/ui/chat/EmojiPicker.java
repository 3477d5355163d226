package dev.parley.ui.chat;

import dev.parley.ui.chat.conversation.EmojiFont;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.text.JTextComponent;

/**
 * The composer's emoji button: a small grid of common emoji that puts the one clicked at the caret (over the
 * selection, if any) and gives the box its focus back.
 */
final class EmojiPicker {

    /** Each emoji with the name its tooltip gives. */
    record Emoji(String text, String name) {}

    static final List<Emoji> COMMON = List.of(
            new Emoji("🙂", "slightly smiling"),
            new Emoji("😀", "grinning"),
            new Emoji("😂", "tears of joy"),
            new Emoji("😉", "winking"),
            new Emoji("😍", "heart eyes"),
            new Emoji("😎", "sunglasses"),
            new Emoji("🤔", "thinking"),
            new Emoji("😮", "surprised"),
            new Emoji("😢", "crying"),
            new Emoji("😡", "angry"),
            new Emoji("🙄", "eye roll"),
            new Emoji("😴", "sleeping"),
            new Emoji("👍", "thumbs up"),
            new Emoji("👎", "thumbs down"),
            new Emoji("👏", "clapping"),
            new Emoji("🙏", "thank you"),
            new Emoji("👋", "waving"),
            new Emoji("💪", "strong"),
            new Emoji("🎉", "party"),
            new Emoji("❤", "heart"),
            new Emoji("🔥", "fire"),
            new Emoji("✅", "done"),
            new Emoji("❌", "no"),
            new Emoji("☕", "coffee"));

    private static final int COLUMNS = 6;

    /** Fonts with emoji glyphs the machine may have, most wanted first, after the one the app bundles. */
    private static final List<String> EMOJI_FONTS =
            List.of("Noto Emoji", "Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji", "Symbola");

    private final JTextComponent box;
    private final JButton button = new JButton("🙂");
    private final JPopupMenu popup = new JPopupMenu();

    EmojiPicker(JTextComponent box) {
        this.box = box;
        button.setName("emojiButton");
        button.setToolTipText("Insert an emoji");
        button.getAccessibleContext().setAccessibleName("Insert an emoji");
        button.setFocusable(false);
        popup.setName("emojiPopup");
        var grid = new JPanel(new GridLayout(0, COLUMNS, 2, 2));
        for (Emoji emoji : COMMON) {
            var b = new JButton(emoji.text());
            b.setName(
                    "emoji-" + Integer.toHexString(emoji.text().codePointAt(0)).toUpperCase(java.util.Locale.ROOT));
            b.setToolTipText(emoji.name());
            b.getAccessibleContext().setAccessibleName(emoji.name());
            b.setFocusable(false);
            b.putClientProperty("JButton.buttonType", "toolBarButton");
            b.addActionListener(e -> insert(emoji.text()));
            grid.add(b);
        }
        popup.add(grid);
        button.addActionListener(e -> {
            useEmojiFont();
            popup.show(button, 0, -popup.getPreferredSize().height);
        });
        useEmojiFont(button);
    }

    JButton button() {
        return button;
    }

    private void insert(String emoji) {
        popup.setVisible(false);
        box.replaceSelection(emoji);
        box.requestFocusInWindow();
    }

    private void useEmojiFont() {
        for (var c : ((JPanel) popup.getComponent(0)).getComponents()) {
            useEmojiFont((JButton) c);
        }
    }

    private static void useEmojiFont(JButton b) {
        Font current = b.getFont();
        if (current.canDisplayUpTo(b.getText()) == -1) {
            return;
        }
        // the font the app bundles for the conversation first: registered once loaded, so then "installed" too
        List<String> families =
                Stream.concat(EmojiFont.family().stream(), EMOJI_FONTS.stream()).toList();
        Set<String> installed =
                Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : families) {
            if (installed.contains(family)) {
                Font f = new Font(family, Font.PLAIN, Math.round(current.getSize2D() * 1.2f));
                if (f.canDisplayUpTo(b.getText()) == -1) {
                    b.setFont(f);
                    return;
                }
            }
        }
    }
}
