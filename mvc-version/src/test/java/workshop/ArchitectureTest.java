package workshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** MVC's one dependency rule, checked: the model knows nothing of the controllers, the views or HTTP. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("workshop");

    @Test
    void modelDoesNotDependOnControllersOrViews() {
        noClasses().that().resideInAPackage("workshop.model..")
                .should().dependOnClassesThat().resideInAnyPackage("workshop.controller..", "workshop.view..")
                .check(APP);
    }

    @Test
    void modelDoesNotDependOnTheWeb() {
        noClasses().that().resideInAPackage("workshop.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "workshop.http..")
                .check(APP);
    }
}
