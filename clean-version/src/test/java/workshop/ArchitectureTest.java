package workshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Clean's dependency rule, checked: everything points inwards, and the core knows no framework. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("workshop");

    @Test
    void domainAndUseCasesUseNoFramework() {
        noClasses().that().resideInAnyPackage("workshop.domain..", "workshop.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.javalin..", "org.jdbi..", "org.h2..", "com.fasterxml.jackson..")
                .check(APP);
    }

    @Test
    void domainAndUseCasesDependOnlyOnEachOtherAndTheJdk() {
        classes().that().resideInAnyPackage("workshop.domain..", "workshop.application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "workshop.domain..", "workshop.application..", "java..")
                .check(APP);
    }

    @Test
    void dependenciesPointInwardsAndAdaptersDoNotKnowEachOther() {
        onionArchitecture()
                .domainModels("workshop.domain..")
                .applicationServices("workshop.application..")
                .adapter("web", "workshop.adapter.in.web..")
                .adapter("persistence", "workshop.adapter.out.persistence..")
                .withOptionalLayers(true) // this domain has models and no domain services
                // The composition root (App, Routes) wires every layer: that is its job.
                .ignoreDependency(resideInAPackage("workshop"), alwaysTrue())
                .check(APP);
    }
}
