package dev.parley.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command line: {@code parley [--version|--help] COMMAND}. */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Chat rooms for your local network.",
        subcommands = {HostCommand.class})
public final class ParleyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    public static CommandLine commandLine() {
        return new CommandLine(new ParleyCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("parley: " + e.getMessage());
                    return 1;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
