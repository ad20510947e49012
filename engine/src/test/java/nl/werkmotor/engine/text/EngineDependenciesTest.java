package nl.werkmotor.engine.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The engine is plain Java: it may use the JDK and Lucene's analysis package (ASCII folding, and the
 * Snowball stemmers that Lucene ships in the same jar under {@code org.tartarus.snowball}), nothing
 * else — no Spring, no database, not even Lucene's index.
 */
class EngineDependenciesTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.werkmotor.engine");

    @Test
    void dependsOnlyOnTheJdkAndLuceneAnalysis() {
        classes().that().resideInAPackage("nl.werkmotor.engine..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "nl.werkmotor.engine..", "org.apache.lucene.analysis..", "org.tartarus.snowball..")
                .check(ENGINE);
    }

    @Test
    void theRuleSeesTheEngine() {
        // guards against a rule that passes because it imported nothing
        org.assertj.core.api.Assertions.assertThat(ENGINE.containPackage("nl.werkmotor.engine.text")).isTrue();
    }
}
