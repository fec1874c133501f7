package workshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import workshop.domain.User;

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
    void inboundAdaptersApplyNoRuleAndRunNoSql() {
        noClasses().that().resideInAPackage("workshop.adapter.in..")
                .should().callMethodWhere(target(owner(assignableTo(User.class)))
                        .and(target(nameMatching("register|edit|suspend|activate"))))
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "workshop.application.port.out..", "workshop.application.service..", "org.jdbi..", "java.sql..")
                .because("an inbound adapter turns a request into a use case's call, and its answer back")
                .check(APP);
    }

    @Test
    void dependenciesPointInwardsAndAdaptersDoNotKnowEachOther() {
        onionArchitecture()
                .domainModels("workshop.domain..")
                .applicationServices("workshop.application..")
                .adapter("web", "workshop.adapter.in.web..")
                .adapter("page", "workshop.adapter.in.page..")
                .adapter("persistence", "workshop.adapter.out.persistence..")
                .withOptionalLayers(true) // this domain has models and no domain services
                // The composition root (App, Routes) wires every layer: that is its job.
                .ignoreDependency(resideInAPackage("workshop"), alwaysTrue())
                .check(APP);
    }
}
