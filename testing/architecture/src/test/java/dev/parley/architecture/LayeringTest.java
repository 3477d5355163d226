package dev.parley.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which Parley module may use which (docs/architecture.md). The module descriptors say the same on the module path;
 * these rules also hold on the class path, where the tests and the benchmarks run.
 */
class LayeringTest {

    @Test
    void everyModuleWasImported() {
        // A rule over no classes passes: make sure each module's jar was really read.
        for (String module : new String[] {
            ParleyRules.FILES,
            ParleyRules.PROTOCOL,
            ParleyRules.ACCOUNTS,
            ParleyRules.SERVER,
            ParleyRules.CLIENT,
            ParleyRules.UI,
            ParleyRules.LAUNCHER,
            ParleyRules.BENCH
        }) {
            assertThat(ParleyClasses.all().that(resideInAPackage(module)))
                    .as(module)
                    .isNotEmpty();
        }
    }

    @Test
    void theFileWriterUsesNothingElseOfParley() {
        ParleyRules.FILES_USE_NOTHING_ELSE.check(ParleyClasses.all());
    }

    @Test
    void theProtocolUsesNothingElseOfParley() {
        ParleyRules.PROTOCOL_USES_NOTHING_ELSE.check(ParleyClasses.all());
    }

    @Test
    void accountsUseOnlyTheProtocol() {
        ParleyRules.ACCOUNTS_USE_ONLY_PROTOCOL.check(ParleyClasses.all());
    }

    @Test
    void theServerUsesOnlyTheProtocolAndAccounts() {
        ParleyRules.SERVER_USES_ONLY_PROTOCOL_AND_ACCOUNTS.check(ParleyClasses.all());
    }

    @Test
    void theClientUsesOnlyTheProtocol() {
        ParleyRules.CLIENT_USES_ONLY_PROTOCOL.check(ParleyClasses.all());
    }

    @Test
    void theUiUsesOnlyTheClientAndTheProtocol() {
        ParleyRules.UI_USES_ONLY_CLIENT_AND_PROTOCOL.check(ParleyClasses.all());
    }

    @Test
    void nothingUsesTheLauncher() {
        ParleyRules.NOTHING_USES_THE_LAUNCHER.check(ParleyClasses.all());
    }
}
