package dev.parley.app;

import dev.parley.app.cli.ParleyCommand;

/** Starts Parley from the command line. */
public final class ParleyMain {

    private ParleyMain() {}

    public static void main(String[] args) {
        int code = ParleyCommand.commandLine().execute(args);
        System.exit(code);
    }
}
