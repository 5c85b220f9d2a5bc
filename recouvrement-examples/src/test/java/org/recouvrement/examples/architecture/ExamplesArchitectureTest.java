package org.recouvrement.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The examples use the library's public API only, as an integrator's code must. */
@AnalyzeClasses(packages = "org.recouvrement.examples", importOptions = ImportOption.DoNotIncludeTests.class)
public class ExamplesArchitectureTest {

    @ArchTest
    static final ArchRule examples_never_reach_into_core_internals = noClasses()
            .that().resideInAPackage("org.recouvrement.examples..")
            .should().dependOnClassesThat().resideInAPackage("org.recouvrement.internal..");

    @Test
    void theRuleCatchesAnExampleUsingInternals() {
        assertTrue(examples_never_reach_into_core_internals.evaluate(new ClassFileImporter()
                .importClasses(UsesInternals.class)).hasViolation());
    }

    /** Breaks the rule on purpose. */
    static final class UsesInternals {
        Object check(Object value) {
            return org.recouvrement.internal.Checks.present(value, "value");
        }
    }
}
