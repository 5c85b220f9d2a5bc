package org.recouvrement.limitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Golden scenarios, one line each in {@code limitation-scenarios.csv}: one per rule, and their combinations. The
 * {@code source} column names the article or decision each line rests on; the notation is {@link Scenario}'s.
 */
class LimitationScenariosTest {

    @ParameterizedTest(name = "{0} [{7}]")
    @CsvFileSource(resources = "/org/recouvrement/limitation/limitation-scenarios.csv", numLinesToSkip = 1)
    void scenario(String id, String claim, String events, LocalDate asOf, LimitationRule rule,
            LimitationStatus status, LocalDate expiry, String source) {
        RecoveryCase recoveryCase = Scenario.of(claim, events);

        LimitationAssessment assessment = LimitationAssessor.assess(recoveryCase, asOf);

        assertEquals(rule, assessment.rule(), () -> id + "\n" + assessment.explanation());
        assertEquals(status, assessment.status(), () -> id + "\n" + assessment.explanation());
        assertEquals(Optional.ofNullable(expiry), assessment.expiry(), () -> id + "\n" + assessment.explanation());
    }
}
