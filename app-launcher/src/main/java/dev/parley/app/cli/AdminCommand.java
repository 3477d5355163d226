package dev.parley.app.cli;

import dev.parley.app.admin.AdminClient;
import dev.parley.app.admin.AdminSocket;
import dev.parley.app.config.DataDirs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley admin COMMAND}: a host command for a room running headless elsewhere, such as the service. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Give a running headless room a host command, such as the packaged service's room.",
            "COMMAND is what you would type in the room's terminal: users, seen, bans, "
                    + "ban USER|ADDRESS|RANGE [DURATION] [REASON] (a range: 192.168.1.0/24, 2001:db8::/32), "
                    + "unban USER|ADDRESS|RANGE, kick USER [REASON], fingerprint, stop, help.",
            "It goes over " + AdminSocket.FILE_NAME + " in the room's data directory, "
                    + "which only the room's user and root may open."
        },
        footer = {
            "",
            "The packaged service's room:",
            "  sudo parley-chat admin --data-dir /var/lib/parley-chat kick eve"
        })
public final class AdminCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The running room's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir = DataDirs.defaultDataDir();

    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command and its words (default: help).")
    List<String> words = List.of();

    @Override
    public Integer call() {
        var cl = spec.commandLine();
        String command = words.isEmpty() ? "help" : String.join(" ", words);
        return new AdminClient(dataDir, cl.getOut(), cl.getErr(), CommandName.current()).send(command);
    }
}
