package org.recouvrement.limitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

class SmallClaimsRefusalTest {

    @Test
    @DisplayName("A debtor who refuses the small-claims invitation outright suspends nothing (C. civ. 2238; CPCE L125-1)")
    void refusalWithoutAcceptanceHasNoEffect() {
        RecoveryCase file = RecoveryCase.of(Samples.invoiceToConsumer(LocalDate.of(2026, 1, 15)));
        RecoveryCase refused = file.withEvent(new CaseEvent.SmallClaimsProcedureRefused(LocalDate.of(2026, 4, 1)));
        LimitationAssessment before = LimitationAssessor.assess(file, LocalDate.of(2026, 6, 1));
        LimitationAssessment after = LimitationAssessor.assess(refused, LocalDate.of(2026, 6, 1));
        assertEquals(before.expiry(), after.expiry());
        assertEquals(List.of(EventEffect.NO_EFFECT), after.appliedEvents().stream().map(AppliedEvent::effect).toList());
    }

    @Test
    @DisplayName("Accepted then refused: suspended, then resumed for at least six months (C. civ. 2238)")
    void refusalAfterAcceptanceResumes() {
        RecoveryCase file = RecoveryCase.of(Samples.invoiceToConsumer(LocalDate.of(2026, 1, 15)), List.of(
                new CaseEvent.SmallClaimsProcedureAccepted(LocalDate.of(2026, 3, 1)),
                new CaseEvent.SmallClaimsProcedureRefused(LocalDate.of(2026, 4, 1))));
        LimitationAssessment after = LimitationAssessor.assess(file, LocalDate.of(2026, 6, 1));
        assertEquals(List.of(EventEffect.SUSPENDED, EventEffect.RESUMED),
                after.appliedEvents().stream().map(AppliedEvent::effect).toList());
    }
}
