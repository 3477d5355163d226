package dev.parley.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Parley's production classes, from every module's jar (test classes left out), imported once for all rules. */
final class ParleyClasses {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.parley");

    private ParleyClasses() {}

    static JavaClasses all() {
        return CLASSES;
    }
}
