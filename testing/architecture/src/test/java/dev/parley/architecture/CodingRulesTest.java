package dev.parley.architecture;

import org.junit.jupiter.api.Test;

/** Where the console, logging back-ends, Swing and Guice may be used. */
class CodingRulesTest {

    @Test
    void onlyTheCommandLineAndTheBenchmarksWriteToTheConsole() {
        ParleyRules.CONSOLE_ONLY_IN_CLI_AND_BENCH.check(ParleyClasses.all());
    }

    @Test
    void logsGoThroughSlf4jOnly() {
        ParleyRules.LOGGING_ONLY_THROUGH_SLF4J.check(ParleyClasses.all());
    }

    @Test
    void onlyTheLauncherUsesLogback() {
        ParleyRules.LOGBACK_ONLY_IN_THE_LAUNCHER.check(ParleyClasses.all());
    }

    @Test
    void onlyTheUiUsesSwing() {
        ParleyRules.SWING_ONLY_IN_THE_UI.check(ParleyClasses.all());
    }

    @Test
    void onlyTheLauncherUsesGuice() {
        ParleyRules.GUICE_ONLY_IN_THE_LAUNCHER.check(ParleyClasses.all());
    }

    @Test
    void onlyDiscoveryUsesMulticastDns() {
        ParleyRules.MULTICAST_DNS_ONLY_IN_DISCOVERY.check(ParleyClasses.all());
    }
}
