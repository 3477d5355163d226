package dev.parley.ui.theme;

import java.awt.Toolkit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to a dark look. Neither Java nor FlatLaf 3.6 reads this setting, so this asks
 * the desktop the way its own tools do: the GTK theme's name Java already knows, else {@code gsettings}, on Linux;
 * {@code defaults} on macOS; the registry on Windows. Anything that does not answer quickly means light.
 */
final class SystemTheme {

    private static final long ANSWER_MS = 1500;

    private SystemTheme() {}

    static boolean dark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return macDark(ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")));
        }
        if (os.contains("win")) {
            return windowsDark(ask(List.of(
                    "reg",
                    "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v",
                    "AppsUseLightTheme")));
        }
        Object gtkTheme = Toolkit.getDefaultToolkit().getDesktopProperty("gnome.Net/ThemeName");
        if (gtkTheme instanceof String name && gtkDark(name)) {
            return true;
        }
        return gnomeDark(ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")));
    }

    /** "Adwaita-dark", "Yaru-Dark", "Breeze-Dark". */
    static boolean gtkDark(String themeName) {
        return themeName.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** gsettings answers "'prefer-dark'", "'default'" or "'prefer-light'". */
    static boolean gnomeDark(String answer) {
        return answer.contains("prefer-dark");
    }

    /** "Dark" when dark; an error (nothing on standard output) when light. */
    static boolean macDark(String answer) {
        return answer.strip().equalsIgnoreCase("dark");
    }

    /** "AppsUseLightTheme    REG_DWORD    0x0" when dark. */
    static boolean windowsDark(String answer) {
        return answer.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\s*");
    }

    /** What the command printed, or "" when it is missing, fails or is slow. */
    private static String ask(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(ANSWER_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return "";
            }
            try (InputStream out = process.getInputStream()) {
                return new String(out.readNBytes(4096), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // Not installed here (gsettings outside GNOME, for one): light, the default.
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
