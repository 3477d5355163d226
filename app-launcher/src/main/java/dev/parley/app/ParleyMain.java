package dev.parley.app;

import dev.parley.app.cli.ParleyCommand;

/** Starts Parley from the command line. */
public final class ParleyMain {

    private ParleyMain() {
    }

    public static void main(String[] args) {
        // Guice 7 reads class files with a bundled ASM that predates Java 25's format; these keep it off that path.
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        System.setProperty("guice_include_stack_traces", "OFF");
        int code = ParleyCommand.commandLine().execute(args);
        System.exit(code);
    }
}
