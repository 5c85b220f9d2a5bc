package org.recouvrement.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.recouvrement.architecture.fixtures.AmbientClock;
import org.recouvrement.architecture.fixtures.FileReadingRule;
import org.recouvrement.architecture.fixtures.FloatingMoney;
import org.recouvrement.architecture.fixtures.GenericThrower;
import org.recouvrement.architecture.fixtures.ImmutableLeak;
import org.recouvrement.architecture.fixtures.MutableHolder;
import org.recouvrement.architecture.fixtures.PublicLogger;
import org.recouvrement.architecture.fixtures.UnrootedException;
import org.recouvrement.money.archfixture.MoneyNeedingParty;
import org.recouvrement.party.archfixture.PartyNeedingCase;

/**
 * Each architecture rule fails on a class written to break it, so none of them can pass vacuously.
 */
class ArchitectureRulesCatchViolationsTest {

    private static JavaClasses importClasses(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertViolated(ArchRule rule, Class<?>... offenders) {
        EvaluationResult result = rule.evaluate(importClasses(offenders));
        assertTrue(result.hasViolation(), () -> "expected a violation of: " + rule.getDescription());
    }

    @Test
    void ambientTimeAndLocaleAreCaught() {
        EvaluationResult result = CoreArchitectureTest.nothing_reads_ambient_time_or_locale
                .evaluate(importClasses(AmbientClock.class));
        String report = result.getFailureReport().toString();
        for (String call : new String[] {"LocalDate.now()", "Locale.getDefault()", "String.format(",
            "String.toUpperCase()", "System.currentTimeMillis()", "ZoneId.systemDefault()"}) {
            assertTrue(report.contains(call), () -> call + " not reported in " + report);
        }
    }

    @Test
    void floatingPointMoneyIsCaught() {
        assertViolated(CoreArchitectureTest.money_is_never_floating_point, FloatingMoney.class);
        assertViolated(CoreArchitectureTest.big_decimals_never_come_from_doubles, FloatingMoney.class);
    }

    @Test
    void leakedGeneratedImplementationsAreCaught() {
        assertViolated(CoreArchitectureTest.generated_implementations_are_not_public, ImmutableLeak.class);
    }

    @Test
    void mutableFieldsAreCaught() {
        assertViolated(CoreArchitectureTest.hand_written_instance_fields_are_private_and_final, MutableHolder.class);
    }

    @Test
    void foreignExceptionsGenericThrowsAndStandardStreamsAreCaught() {
        assertViolated(CoreArchitectureTest.every_exception_extends_the_library_root, UnrootedException.class);
        assertViolated(CoreArchitectureTest.no_generic_exceptions_are_thrown, GenericThrower.class);
        assertViolated(CoreArchitectureTest.hand_written_code_throws_no_standard_argument_exceptions,
                GenericThrower.class);
        assertViolated(CoreArchitectureTest.nothing_writes_to_standard_streams, GenericThrower.class);
    }

    @Test
    void badLoggersAreCaught() {
        assertViolated(CoreArchitectureTest.loggers_are_private_static_final_slf4j, PublicLogger.class);
    }

    @Test
    void fileAccessAndForeignDependenciesAreCaught() {
        assertViolated(CoreArchitectureTest.core_touches_no_file_and_no_network, FileReadingRule.class);
        assertViolated(CoreArchitectureTest.core_depends_only_on_the_jdk_basics_slf4j_and_immutables,
                FileReadingRule.class);
    }

    @Test
    void layerAndCycleViolationsAreCaught() {
        JavaClasses classes = new ClassFileImporter().importPackages("org.recouvrement.party",
                "org.recouvrement.money", "org.recouvrement.recovery");
        assertTrue(CoreArchitectureTest.concept_packages_respect_their_layers.evaluate(classes).hasViolation());
        assertTrue(CoreArchitectureTest.concept_packages_are_free_of_cycles.evaluate(classes).hasViolation());
    }

    @Test
    void theLibrarysOwnClassesPassEveryRule() {
        JavaClasses main = new ClassFileImporter().importClasses(org.recouvrement.claim.Claim.class,
                org.recouvrement.money.Amount.class, org.recouvrement.party.Siren.class);
        assertFalse(CoreArchitectureTest.money_is_never_floating_point.evaluate(main).hasViolation());
        assertFalse(CoreArchitectureTest.nothing_reads_ambient_time_or_locale.evaluate(main).hasViolation());
    }
}
