package dev.parley.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.parley.accounts.violation.UsesServer;
import dev.parley.app.cli.allowed.PrintsInTheCli;
import dev.parley.client.violation.UsesSwing;
import dev.parley.files.violation.UsesProtocol;
import dev.parley.protocol.violation.UsesAccounts;
import dev.parley.server.violation.LogsThroughJul;
import dev.parley.server.violation.LogsThroughSystemLogger;
import dev.parley.server.violation.PrintsToConsole;
import dev.parley.server.violation.UsesClient;
import dev.parley.server.violation.UsesLauncher;
import dev.parley.server.violation.UsesLogback;
import dev.parley.ui.violation.UsesGuice;
import dev.parley.ui.violation.UsesMulticastDns;
import org.junit.jupiter.api.Test;

/**
 * Each rule fails on a class that breaks it (the classes in the {@code violation} packages of this module's tests,
 * which the real rules never see: they read production classes only). A rule that could not fail would pass for
 * ever whatever the code did.
 */
class RulesCanFailTest {

    @Test
    void layering() {
        assertCatches(ParleyRules.FILES_USE_NOTHING_ELSE, UsesProtocol.class);
        assertCatches(ParleyRules.PROTOCOL_USES_NOTHING_ELSE, UsesAccounts.class);
        assertCatches(ParleyRules.ACCOUNTS_USE_ONLY_PROTOCOL, UsesServer.class);
        assertCatches(ParleyRules.SERVER_USES_ONLY_PROTOCOL_AND_ACCOUNTS, UsesClient.class);
        assertCatches(ParleyRules.CLIENT_USES_ONLY_PROTOCOL, dev.parley.client.violation.UsesServer.class);
        assertCatches(ParleyRules.UI_USES_ONLY_CLIENT_AND_PROTOCOL, dev.parley.ui.violation.UsesServer.class);
        assertCatches(ParleyRules.NOTHING_USES_THE_LAUNCHER, UsesLauncher.class);
    }

    @Test
    void console() {
        assertCatches(ParleyRules.CONSOLE_ONLY_IN_CLI_AND_BENCH, PrintsToConsole.class);
        // with a class the rule looks at, since a rule that applies to nothing fails as such
        assertThatCode(() -> check(ParleyRules.CONSOLE_ONLY_IN_CLI_AND_BENCH, PrintsInTheCli.class, ParleyRules.class))
                .as("the command line may print")
                .doesNotThrowAnyException();
    }

    @Test
    void logging() {
        assertCatches(ParleyRules.LOGGING_ONLY_THROUGH_SLF4J, LogsThroughJul.class);
        assertCatches(ParleyRules.LOGGING_ONLY_THROUGH_SLF4J, LogsThroughSystemLogger.class);
        assertCatches(ParleyRules.LOGBACK_ONLY_IN_THE_LAUNCHER, UsesLogback.class);
    }

    @Test
    void swingAndGuice() {
        assertCatches(ParleyRules.SWING_ONLY_IN_THE_UI, UsesSwing.class);
        assertCatches(ParleyRules.GUICE_ONLY_IN_THE_LAUNCHER, UsesGuice.class);
    }

    @Test
    void multicastDns() {
        assertCatches(ParleyRules.MULTICAST_DNS_ONLY_IN_DISCOVERY, UsesMulticastDns.class);
    }

    private static void assertCatches(ArchRule rule, Class<?> violator) {
        assertThatThrownBy(() -> check(rule, violator))
                .as(rule.getDescription())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violator.getName());
    }

    private static void check(ArchRule rule, Class<?>... classes) {
        rule.check(new ClassFileImporter().importClasses(classes));
    }
}
