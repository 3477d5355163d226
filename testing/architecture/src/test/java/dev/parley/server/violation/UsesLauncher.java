package dev.parley.server.violation;

import dev.parley.app.ParleyMain;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesLauncher {

    public static String launcher() {
        return ParleyMain.class.getName();
    }
}
