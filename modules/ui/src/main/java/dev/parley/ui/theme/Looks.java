package dev.parley.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Map;
import javax.swing.UIManager;

/**
 * Parley's look: FlatLaf's light or dark theme with a few of Parley's own values (rounder corners, slim scroll bars,
 * a readable type size, a conversation that does not look disabled). Switching repaints every open window. Event
 * thread only.
 */
public final class Looks {

    /**
     * In FlatLaf's properties syntax, over both themes. A read-only text pane is grey in FlatLaf (an "inactive"
     * field); the conversation is read-only yet is the window's main content, so it keeps the text background.
     */
    private static final Map<String, String> PARLEY = Map.ofEntries(
            Map.entry("@accentColor", "#2F6FC0"),
            Map.entry("Component.arc", "8"),
            Map.entry("Button.arc", "10"),
            Map.entry("TextComponent.arc", "8"),
            Map.entry("Component.focusWidth", "1"),
            Map.entry("ScrollBar.showButtons", "false"),
            Map.entry("ScrollBar.width", "10"),
            Map.entry("ScrollBar.thumbArc", "999"),
            Map.entry("ScrollBar.thumbInsets", "2,2,2,2"),
            Map.entry("SplitPaneDivider.style", "plain"),
            Map.entry("List.selectionArc", "6"),
            Map.entry("TextPane.inactiveBackground", "$TextPane.background"),
            Map.entry("EditorPane.inactiveBackground", "$EditorPane.background"));

    /** Smallest base font size, in points at 96 dpi: FlatLaf takes the desktop's, which may be tiny or unknown. */
    private static final float READABLE = 13f;

    /** What was last installed; the system's answer is asked again only when the person picks it again. */
    private static Theme installed;

    private Looks() {}

    /** Sets the look, before the first window. */
    public static void install(Theme theme) {
        boolean wantDark = darkFor(theme);
        FlatLaf.setGlobalExtraDefaults(PARLEY);
        if (wantDark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        var font = UIManager.getFont("defaultFont");
        if (font != null && font.getSize2D() < READABLE) {
            UIManager.put("defaultFont", font.deriveFont(READABLE));
        }
        installed = theme;
    }

    /** Changes the look of every open window to {@code theme}, unless it is the one installed. */
    public static void follow(Theme theme) {
        if (theme == installed && UIManager.getLookAndFeel() instanceof FlatLaf) {
            return;
        }
        install(theme);
        FlatLaf.updateUI();
    }

    /** Whether the current look is dark. */
    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    private static boolean darkFor(Theme theme) {
        return switch (theme) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> SystemTheme.dark();
        };
    }
}
