package dev.parley.app.cli;

import dev.parley.app.config.DataDirs;
import dev.parley.app.desktop.DesktopLauncher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The top of the command line: {@code parley [--version|--help] COMMAND}. Help and messages show the name it was
 * installed under ({@link CommandName}).
 */
@Command(
        name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Chat rooms for your local network.", "Without a command, opens the start window."},
        subcommands = {HostCommand.class, JoinCommand.class, AdminCommand.class})
public final class ParleyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where hosted rooms keep accounts, bans, server.json and logs (default: ${DEFAULT-VALUE}).")
    Path dataDir = DataDirs.defaultDataDir();

    public static CommandLine commandLine() {
        String name = CommandName.current();
        return new CommandLine(new ParleyCommand())
                .setCommandName(name)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(name + ": " + e.getMessage());
                    return 1;
                });
    }

    /** No command: the start window. */
    @Override
    public Integer call() {
        return new DesktopLauncher(spec.commandLine().getErr(), dataDir).start();
    }
}
