package dev.parley.app.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Parley keeps accounts, bans, configuration and logs by default, per operating system. */
public final class DataDirs {

    private DataDirs() {}

    public static Path defaultDataDir() {
        return defaultDataDir(
                System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve("Parley");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/Parley");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("parley");
    }
}
