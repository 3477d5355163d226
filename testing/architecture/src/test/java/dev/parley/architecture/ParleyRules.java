package dev.parley.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;

/**
 * Parley's architecture rules, in one place so that {@code RulesCanFailTest} can show each one catches a
 * violation. Packages: a module's classes are its package and those below ({@code dev.parley.server..}).
 */
final class ParleyRules {

    static final String FILES = "dev.parley.files..";
    static final String PROTOCOL = "dev.parley.protocol..";
    static final String ACCOUNTS = "dev.parley.accounts..";
    static final String SERVER = "dev.parley.server..";
    static final String CLIENT = "dev.parley.client..";
    static final String UI = "dev.parley.ui..";
    static final String LAUNCHER = "dev.parley.app..";
    static final String LAUNCHER_CLI = "dev.parley.app.cli..";
    static final String LAUNCHER_DESKTOP = "dev.parley.app.desktop..";
    static final String LAUNCHER_DISCOVERY = "dev.parley.app.discovery..";
    static final String BENCH = "dev.parley.bench..";
    private static final String PARLEY = "dev.parley..";

    // Layering (docs/architecture.md): the protocol at the bottom, everything pointing down; the crash-safe file
    // writer beside it, for any module that keeps a file.

    static final ArchRule FILES_USE_NOTHING_ELSE = usesOnlyItselfAnd(FILES);
    static final ArchRule PROTOCOL_USES_NOTHING_ELSE = usesOnlyItselfAnd(PROTOCOL);
    static final ArchRule ACCOUNTS_USE_ONLY_PROTOCOL = usesOnlyItselfAnd(ACCOUNTS, PROTOCOL, FILES);
    static final ArchRule SERVER_USES_ONLY_PROTOCOL_AND_ACCOUNTS = usesOnlyItselfAnd(SERVER, PROTOCOL, ACCOUNTS, FILES);
    static final ArchRule CLIENT_USES_ONLY_PROTOCOL = usesOnlyItselfAnd(CLIENT, PROTOCOL, FILES);
    static final ArchRule UI_USES_ONLY_CLIENT_AND_PROTOCOL = usesOnlyItselfAnd(UI, CLIENT, PROTOCOL, FILES);

    static final ArchRule NOTHING_USES_THE_LAUNCHER = noClasses()
            .that()
            .resideOutsideOfPackage(LAUNCHER)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(LAUNCHER)
            .because("the launcher composes the modules; none of them reaches back up to it");

    // Where the console, logging back-ends, Swing and Guice may be used.

    static final ArchRule CONSOLE_ONLY_IN_CLI_AND_BENCH = noClasses()
            .that()
            .resideOutsideOfPackages(LAUNCHER_CLI, BENCH)
            .should(ACCESS_STANDARD_STREAMS)
            .because("output goes to the logger, or to a PrintStream the caller hands in (as the admin console's)");

    static final ArchRule LOGGING_ONLY_THROUGH_SLF4J = noClasses()
            // any use of these, not only a Logger field (which is all GeneralCodingRules.USE_JAVA_UTIL_LOGGING sees)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.util.logging..",
                    "org.apache.logging.log4j..",
                    "org.apache.log4j..",
                    "org.apache.commons.logging..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.lang.System$Logger")
            .because("every module logs through SLF4J; the launcher alone picks the back-end");

    static final ArchRule LOGBACK_ONLY_IN_THE_LAUNCHER = noClasses()
            .that()
            .resideOutsideOfPackage(LAUNCHER)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ch.qos.logback..")
            .because("libraries log through SLF4J and leave the back-end to the application");

    static final ArchRule SWING_ONLY_IN_THE_UI = noClasses()
            .that()
            .resideOutsideOfPackages(UI, LAUNCHER_DESKTOP)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev.flatlaf..", "net.miginfocom..")
            .because("the room, the client and the command line run on machines without a display");

    static final ArchRule GUICE_ONLY_IN_THE_LAUNCHER = noClasses()
            .that()
            .resideOutsideOfPackage(LAUNCHER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
            .because("the modules are plain Java that the launcher wires; none of them knows the injector");

    static final ArchRule MULTICAST_DNS_ONLY_IN_DISCOVERY = noClasses()
            .that()
            .resideOutsideOfPackage(LAUNCHER_DISCOVERY)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javax.jmdns..")
            .because("announcing and finding rooms on the network is one job, in one place (docs/architecture.md)");

    private ParleyRules() {}

    /** Classes of {@code module} use no Parley class outside {@code module} and {@code allowed}. */
    private static ArchRule usesOnlyItselfAnd(String module, String... allowed) {
        String[] own = Stream.concat(Stream.of(module), Stream.of(allowed)).toArray(String[]::new);
        DescribedPredicate<JavaClass> otherParley = resideInAPackage(PARLEY)
                .and(DescribedPredicate.not(resideInAnyPackage(own)))
                .as("are Parley classes outside " + String.join(", ", own));
        return noClasses().that().resideInAPackage(module).should().dependOnClassesThat(otherParley);
    }
}
