package nl.werkmotor;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a module reaches into another module's internals or forms a cycle. */
class ModularityTest {

    /** The engine is a plain library the modules call (engine/, verified by its own ArchUnit test), not a module. */
    static final ApplicationModules MODULES = ApplicationModules.of(Werkmotor.class,
            JavaClass.Predicates.resideInAPackage("nl.werkmotor.engine.."));

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
