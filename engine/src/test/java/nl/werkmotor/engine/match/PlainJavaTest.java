package nl.werkmotor.engine.match;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The matching engine uses the JDK only: no framework, no database, not even the Lucene jar beside it. */
class PlainJavaTest {
    @Test
    void theMatchingPackageDependsOnTheJdkAndItselfOnly() {
        var engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.werkmotor.engine.match");
        assertThat(engine).as("classes found, so the rule is not vacuous").hasSizeGreaterThan(10);

        classes().that().resideInAPackage("nl.werkmotor.engine.match..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "nl.werkmotor.engine.match..")
                .check(engine);
    }
}
