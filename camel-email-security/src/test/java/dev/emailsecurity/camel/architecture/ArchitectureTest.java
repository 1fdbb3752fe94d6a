package dev.emailsecurity.camel.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package structure of the component (docs/architecture.md): no package cycles, a transport that knows nothing of
 * operations, actions or the consumer, and models that depend on nothing else of the project.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.emailsecurity.camel";

    private static JavaClasses component;

    @BeforeAll
    static void importComponent() {
        component = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
        assertThat(component.containPackage(ROOT + ".transport")).isTrue();
        assertThat(component.size()).as("classes imported").isGreaterThan(100);
    }

    @Test
    void noCycleBetweenTheSubPackages() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }

    @Test
    void noCycleBetweenAnyPackagesRootIncluded() {
        check(slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                return pkg.startsWith(ROOT) ? SliceIdentifier.of(pkg)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of the component";
            }
        }).should().beFreeOfCycles());
    }

    @Test
    void transportKnowsNothingOfOperationsActionsOrTheConsumer() {
        check(noClasses().that().resideInAPackage(ROOT + ".transport..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".operations..", ROOT + ".actions..",
                        ROOT + ".consumer..", ROOT + ".format..")
                .orShould().dependOnClassesThat().resideInAPackage(ROOT));
    }

    @Test
    void modelDependsOnNothingElseOfTheProject() {
        check(noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .orShould().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".model..", "java..", "javax..",
                        "com.fasterxml.jackson..", "org.apache.camel.."));
    }

    @Test
    void theJsonCodecAndTheErrorsDependOnNoOtherPackage() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".json..", ROOT + ".error..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".transport..",
                        ROOT + ".operations..", ROOT + ".actions..", ROOT + ".consumer..", ROOT + ".model.."));
    }

    private static void check(ArchRule rule) {
        EvaluationResult result = rule.evaluate(component);
        assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
    }
}
