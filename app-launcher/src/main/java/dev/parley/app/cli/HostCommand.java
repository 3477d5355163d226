package dev.parley.app.cli;

import dev.parley.app.config.ConfigFile;
import dev.parley.app.config.ConfigFile.ConfigException;
import dev.parley.app.config.DataDirs;
import dev.parley.app.config.ServerSettings;
import dev.parley.app.desktop.DesktopLauncher;
import dev.parley.protocol.Defaults;
import dev.parley.server.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parley host}: open a room on this machine. */
@Command(
        name = "host",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Open a chat room on this machine that others on the network can join.")
public final class HostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--headless", description = "Run without a window; read host commands (/help) from the terminal.")
    boolean headless;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "TCP port to listen on (default: server.json, else " + Defaults.PORT + ").")
    Integer port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            description = "Address to listen on, '*' for all interfaces (default: server.json, else *).")
    String bind;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where accounts, bans, server.json and logs live (default: ${DEFAULT-VALUE}).")
    Path dataDir = DataDirs.defaultDataDir();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (port != null && (port < 0 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (!headless) {
            return new DesktopLauncher(err, dataDir).host();
        }
        return new HeadlessHost(err).run(dataDir, this::configure);
    }

    private RoomSetup configure(Path dir) throws ConfigException {
        ServerSettings settings = ConfigFile.loadOrCreate(dir);
        ServerConfig config;
        try {
            config = settings.toServerConfig();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(dir.resolve(ConfigFile.FILE_NAME) + ": " + e.getMessage());
        }
        if (port != null || bind != null) {
            ServerConfig.Builder flags = config.toBuilder();
            if (port != null) {
                flags.port(port);
            }
            if (bind != null) {
                flags.bindAddress(bind);
            }
            config = flags.build();
        }
        return new RoomSetup(config, settings.hashIterations());
    }

    /** What a room needs besides its data directory. */
    record RoomSetup(ServerConfig config, int hashIterations) {}

    /** Reads the configuration once the data directory is locked. */
    @FunctionalInterface
    interface Configurer {
        RoomSetup configure(Path dataDir) throws ConfigException;
    }
}
