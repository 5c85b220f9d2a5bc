package org.recouvrement.letters.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The letters module uses the library's public API only, like any integrator. */
@AnalyzeClasses(packages = "org.recouvrement.letters", importOptions = ImportOption.DoNotIncludeTests.class)
public class LettersArchitectureTest {

    @ArchTest
    static final ArchRule letters_never_reach_into_core_internals = noClasses()
            .that().resideInAPackage("org.recouvrement.letters..")
            .should().dependOnClassesThat().resideInAPackage("org.recouvrement.internal..");

    @Test
    void theRuleCatchesLettersUsingInternals() {
        assertTrue(letters_never_reach_into_core_internals.evaluate(new ClassFileImporter()
                .importClasses(UsesInternals.class)).hasViolation());
    }

    /** Breaks the rule on purpose. */
    static final class UsesInternals {
        Object check(Object value) {
            return org.recouvrement.internal.Checks.present(value, "value");
        }
    }
}
