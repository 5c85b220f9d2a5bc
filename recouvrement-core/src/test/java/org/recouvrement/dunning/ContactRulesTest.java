package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.testing.Samples;

/**
 * Stories of the rules that concern a debtor as a whole: minimum spacing, cap per period, grouping of several claims
 * into one communication.
 */
class ContactRulesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("Minimum spacing: a second claim's reminder waits five days after the first one's")
    void spacingAcrossClaims() {
        DunningPolicy policy = Policies.fourSteps().grouping(Grouping.PER_CLAIM).minimumSpacingDays(5).build();
        Portfolio portfolio = Portfolio.of(policy)
                .with(Claims.invoice("A", "1000.00", DUE))
                .with(Claims.invoice("B", "300.00", DUE.plusDays(2)));
        List<DunningDecision> decisions = portfolio.daily(DUE, DUE.plusDays(16), true);
        assertEquals(List.of("2026-03-09 r1 A", "2026-03-14 r1 B"), Portfolio.trace(decisions));
        CaseSnapshot deferred = decisions.get(9).snapshot("B").orElseThrow();
        assertEquals(Optional.of(DUE.plusDays(12)), deferred.nextActionDate());
        assertTrue(deferred.deferral().orElseThrow().text().contains("requires 5 days between two contacts"));
        // A's r2 (due 19 March) keeps five days from B's reminder of 14 March: it goes out on 19 March.
        assertEquals(List.of("2026-03-19 r2 A", "2026-03-24 r2 B"),
                Portfolio.trace(portfolio.daily(DUE.plusDays(17), DUE.plusDays(22), true)));
    }

    @Test
    @DisplayName("Two steps due the same day for one debtor, one letter per claim: only one goes out that day")
    void oneContactPerDayWithSpacing() {
        DunningPolicy policy = Policies.fourSteps().grouping(Grouping.PER_CLAIM).minimumSpacingDays(1).build();
        Portfolio portfolio = Portfolio.of(policy)
                .with(Claims.invoice("A", "1000.00", DUE))
                .with(Claims.invoice("B", "300.00", DUE));
        assertEquals(List.of("2026-03-09 r1 A", "2026-03-10 r1 B"),
                Portfolio.trace(portfolio.daily(DUE, DUE.plusDays(10), true)));
    }

    @Test
    @DisplayName("Without spacing, one letter per claim: both go out the same day")
    void noSpacingPerClaim() {
        DunningPolicy policy = Policies.fourSteps().grouping(Grouping.PER_CLAIM).build();
        Portfolio portfolio = Portfolio.of(policy)
                .with(Claims.invoice("A", "1000.00", DUE))
                .with(Claims.invoice("B", "300.00", DUE));
        assertEquals(List.of("2026-03-09 r1 A", "2026-03-09 r1 B"),
                Portfolio.trace(portfolio.daily(DUE, DUE.plusDays(10), true)));
    }

    @Test
    @DisplayName("A reminder the ERP recorded itself counts as a contact for the spacing, but passes no step")
    void erpReminderCountsForSpacing() {
        DunningPolicy policy = Policies.fourSteps().minimumSpacingDays(5).build();
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE))
                .record("A", new CaseEvent.ReminderSent(DUE.plusDays(5), ContactChannel.LETTER));
        DunningDecision decision = portfolio.decide(DUE.plusDays(10));
        assertEquals(List.of("2026-03-12 r1 A"), Portfolio.trace(List.of(decision)));
        assertEquals(DUE.plusDays(10), decision.actions().get(0).earliestDate());
        assertTrue(portfolio.decide(DUE.plusDays(9)).actions().isEmpty());
    }

    @Test
    @DisplayName("Cap: at most two contacts in thirty days; the third waits until the first leaves the window")
    void capPerPeriod() {
        DunningPolicy policy = DunningPolicy.builder().name("capped")
                .addStep(Policies.step("r1", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(1), Channel.EMAIL))
                .addStep(Policies.step("r2", StepKind.FIRM_REMINDER, StepTrigger.daysAfterPreviousStep(1), Channel.EMAIL))
                .addStep(Policies.step("r3", StepKind.FIRM_REMINDER, StepTrigger.daysAfterPreviousStep(1), Channel.LETTER))
                .contactCap(ContactCap.of(2, 30))
                .build();
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE));
        List<DunningDecision> decisions = portfolio.daily(DUE, DUE.plusDays(40), true);
        assertEquals(List.of("2026-03-03 r1 A", "2026-03-04 r2 A", "2026-04-02 r3 A"), Portfolio.trace(decisions));
        assertTrue(decisions.get(5).snapshot("A").orElseThrow().deferral().orElseThrow().text()
                .contains("allows at most 2 contacts in 30 days"));
    }

    @Test
    @DisplayName("Per debtor and step: two invoices at the same step make one letter; recording it advances both")
    void groupedPerDebtorAndStep() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build())
                .with(Claims.invoice("A", "1000.00", DUE))
                .with(Claims.invoice("B", "300.00", DUE));
        DunningDecision decision = portfolio.decide(DUE.plusDays(7));
        assertEquals(List.of("2026-03-09 r1 A,B"), Portfolio.trace(List.of(decision)));
        portfolio.executeAll(decision);
        assertEquals(List.of("2026-03-19 r2 A,B"), Portfolio.trace(portfolio.daily(DUE.plusDays(8), DUE.plusDays(20),
                true)));
    }

    @Test
    @DisplayName("Per debtor: claims at different levels make one letter in the tone of the highest; each moves one level")
    void groupedPerDebtor() {
        DunningPolicy policy = Policies.fourSteps().grouping(Grouping.PER_DEBTOR).build();
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        portfolio.with(Claims.invoice("B", "300.00", DUE.plusDays(10)));
        DunningDecision decision = portfolio.decide(DUE.plusDays(17));
        assertEquals(1, decision.actions().size());
        ProposedAction letter = decision.actions().get(0);
        assertEquals("r2", letter.step().orElseThrow().key());
        assertEquals(List.of("A", "B"), letter.caseIds());
        assertEquals("r2", letter.items().get(0).step().orElseThrow().key());
        assertEquals("r1", letter.items().get(1).step().orElseThrow().key());
        portfolio.executeAll(decision);
        DunningDecision next = portfolio.decide(DUE.plusDays(18));
        assertEquals("notice", next.snapshot("A").orElseThrow().nextStep().orElseThrow().key());
        assertEquals("r2", next.snapshot("B").orElseThrow().nextStep().orElseThrow().key());
        assertTrue(next.warnings().isEmpty(), next.warnings()::toString);
    }

    @Test
    @DisplayName("Two debtors are independent: the spacing of one does not hold back the other")
    void debtorsAreIndependent() {
        DunningPolicy policy = Policies.fourSteps().minimumSpacingDays(10).build();
        Portfolio portfolio = Portfolio.of(policy)
                .with(Claims.invoice("A", "1000.00", DUE))
                .with(Claims.invoice("B", Samples.belgianCompany(), "300.00", DUE));
        assertEquals(List.of("2026-03-09 r1 A", "2026-03-09 r1 B"),
                Portfolio.trace(portfolio.daily(DUE, DUE.plusDays(9), true)));
    }

    @Test
    @DisplayName("Two claims of one debtor with the same reference are refused: action ids would be ambiguous")
    void duplicateIdsRefused() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE));
        List<org.recouvrement.recovery.RecoveryCase> cases = List.of(portfolio.get("A"),
                Claims.invoice("A", "20.00", DUE));
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> DunningPlanner.standard().decide(cases, PolicySet.of(Policies.fourSteps().build()), DUE.plusDays(7)));
        assertEquals("cases", error.field());
    }
}
