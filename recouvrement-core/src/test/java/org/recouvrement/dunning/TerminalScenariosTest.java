package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.limitation.LimitationAssessor;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * Stories of the end of dunning: paid, written off, handed off; nothing after the last level means an explicit
 * proposal; a time-barred claim gets a closing proposal, never a threat, and a warning beforehand.
 */
class TerminalScenariosTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    private static DunningPolicy twoSteps() {
        return DunningPolicy.builder().name("two steps")
                .addStep(Policies.step("r1", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(7), Channel.EMAIL))
                .addStep(Policies.step("r2", StepKind.FIRM_REMINDER, StepTrigger.daysAfterPreviousStep(10),
                        Channel.LETTER))
                .build();
    }

    @Test
    @DisplayName("Nothing after the last level is an explicit proposal, not silence; once answered, the case is over")
    void lastLevelThenExplicitProposal() {
        Portfolio portfolio = Portfolio.of(twoSteps()).with(Claims.invoice("A", "1000.00", DUE));
        List<DunningDecision> decisions = portfolio.daily(DUE, DUE.plusDays(60), true);
        assertEquals(List.of("2026-03-09 r1 A", "2026-03-19 r2 A", "2026-04-03 POLICY_EXHAUSTED A"),
                Portfolio.trace(decisions));
        ProposedAction exhausted = decisions.get(32).actions().get(0);
        assertTrue(exhausted.requiresValidation());
        assertTrue(exhausted.reasons().toString().contains("a person must decide what follows"));
        assertEquals(DunningStatus.EXHAUSTED, decisions.get(decisions.size() - 1).snapshot("A").orElseThrow().status());
    }

    @Test
    @DisplayName("Until answered, the exhaustion proposal stays, with the same id, every day")
    void exhaustionProposalStaysUntilAnswered() {
        Portfolio portfolio = Portfolio.of(twoSteps()).with(Claims.invoice("A", "1000.00", DUE));
        portfolio.daily(DUE, DUE.plusDays(20), true);
        String first = portfolio.decide(DUE.plusDays(32)).actions().get(0).id();
        String later = portfolio.decide(DUE.plusDays(90)).actions().get(0).id();
        assertEquals(first, later);
        assertTrue(first.startsWith("policy-exhausted:"));
    }

    @Test
    @DisplayName("Paid in full ends dunning: nothing is proposed, even a step already due")
    void paidEndsDunning() {
        Portfolio portfolio = Portfolio.of(twoSteps()).with(Claims.invoice("A", "1000.00", DUE))
                .record("A", new CaseEvent.PaymentReceived(DUE.plusDays(8), Amount.euros("600.00")),
                        new CaseEvent.CreditNoteIssued(DUE.plusDays(8), Amount.euros("400.00")));
        DunningDecision decision = portfolio.decide(DUE.plusDays(30));
        assertTrue(decision.actions().isEmpty());
        assertEquals(DunningStatus.PAID, decision.snapshot("A").orElseThrow().status());
        assertTrue(DunningStatus.PAID.isTerminal());
    }

    @Test
    @DisplayName("Written off ends dunning")
    void writtenOffEndsDunning() {
        Portfolio portfolio = Portfolio.of(twoSteps()).with(Claims.invoice("A", "1000.00", DUE))
                .record("A", new CaseEvent.WrittenOff(DUE.plusDays(8)));
        DunningDecision decision = portfolio.decide(DUE.plusDays(30));
        assertTrue(decision.actions().isEmpty());
        assertEquals(DunningStatus.WRITTEN_OFF, decision.snapshot("A").orElseThrow().status());
    }

    @Test
    @DisplayName("A hand-off to a collection agency, once executed, ends the creditor's dunning")
    void handOffEndsDunning() {
        DunningPolicy policy = DunningPolicy.builder().name("hand-off")
                .addStep(Policies.step("r1", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(7), Channel.EMAIL))
                .addStep(Policies.step("agency", StepKind.COLLECTION_AGENCY_HANDOFF, StepTrigger.daysAfterPreviousStep(20)))
                .addStep(Policies.step("write-off", StepKind.WRITE_OFF_PROPOSAL, StepTrigger.daysAfterPreviousStep(30)))
                .build();
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE));
        List<DunningDecision> decisions = portfolio.daily(DUE, DUE.plusDays(90), true);
        assertEquals(List.of("2026-03-09 r1 A", "2026-03-29 agency A"), Portfolio.trace(decisions));
        ProposedAction agency = decisions.get(27).actions().get(0);
        assertTrue(agency.requiresValidation());
        assertFalse(agency.isContact());
        assertEquals(DunningStatus.HANDED_OFF, decisions.get(decisions.size() - 1).snapshot("A").orElseThrow().status());
    }

    @Test
    @DisplayName("A rejected hand-off leads to the step after it")
    void rejectedHandOff() {
        DunningPolicy policy = DunningPolicy.builder().name("hand-off")
                .addStep(Policies.step("r1", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(7), Channel.EMAIL))
                .addStep(Policies.step("agency", StepKind.COLLECTION_AGENCY_HANDOFF, StepTrigger.daysAfterPreviousStep(20)))
                .addStep(Policies.step("write-off", StepKind.WRITE_OFF_PROPOSAL, StepTrigger.daysAfterPreviousStep(30)))
                .build();
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE));
        portfolio.daily(DUE, DUE.plusDays(26), true);
        portfolio.reject(portfolio.decide(DUE.plusDays(27)).actions().get(0), DUE.plusDays(27));
        List<DunningDecision> decisions = portfolio.daily(DUE.plusDays(28), DUE.plusDays(80), true);
        assertEquals(List.of("2026-04-28 write-off A"), Portfolio.trace(decisions));
        assertEquals(DunningStatus.WRITTEN_OFF, decisions.get(decisions.size() - 1).snapshot("A").orElseThrow().status());
    }

    /**
     * A professional's claim against a consumer, completed on 10 January 2023: two-year limitation from completion
     * (C. conso. art. L218-2; Cass. 1re civ. 19 May 2021, n° 20-12.520).
     */
    private static RecoveryCase consumerClaim() {
        Claim claim = Claim.builder().reference("C-1").creditor(Samples.frenchCompany()).debtor(Samples.frenchConsumer())
                .origin(ClaimOrigin.INVOICE).principal(Amount.euros("800.00"))
                .issueDate(LocalDate.of(2023, 1, 10)).performanceDate(LocalDate.of(2023, 1, 10))
                .dueDate(LocalDate.of(2023, 2, 9)).build();
        return RecoveryCase.of(claim);
    }

    @Test
    @DisplayName("Thirty days before the claim is time-barred: a warning, and the reminder says it does not interrupt")
    void timeBarApproaching() {
        RecoveryCase file = consumerClaim();
        LocalDate expiry = LimitationAssessor.assess(file, LocalDate.of(2024, 6, 1)).expiry().orElseThrow();
        Portfolio portfolio = new Portfolio(DunningPlanner.standard(), PolicySet.standard()).with(file);
        DunningDecision decision = portfolio.decide(expiry.minusDays(30));
        DunningWarning warning = decision.warningsFor("C-1").get(0);
        assertEquals(DunningWarning.Kind.TIME_BAR_APPROACHING, warning.kind());
        assertTrue(warning.reason().text().contains("in 30 days; a reminder or a formal notice does not interrupt "
                + "limitation"), warning.reason()::text);
        ProposedAction reminder = decision.actions().get(0);
        assertEquals(ActionKind.STEP, reminder.kind());
        assertTrue(reminder.reasons().reasons().contains(warning.reason()));
        assertEquals(expiry, decision.snapshot("C-1").orElseThrow().limitationExpiry().orElseThrow());
    }

    @Test
    @DisplayName("A time-barred claim gets a closing proposal, never a reminder nor a threat; once closed, nothing")
    void timeBarredClaimIsClosed() {
        RecoveryCase file = consumerClaim();
        LocalDate expiry = LimitationAssessor.assess(file, LocalDate.of(2024, 6, 1)).expiry().orElseThrow();
        Portfolio portfolio = new Portfolio(DunningPlanner.standard(), PolicySet.standard()).with(file);
        DunningDecision decision = portfolio.decide(expiry.plusDays(10));
        assertEquals(List.of(expiry.plusDays(10) + " CLOSE_TIME_BARRED C-1"), Portfolio.trace(List.of(decision)));
        ProposedAction close = decision.actions().get(0);
        assertFalse(close.isContact());
        assertTrue(close.channels().isEmpty());
        assertEquals(expiry.plusDays(1), close.earliestDate());
        assertTrue(close.reasons().toString().contains("no reminder, no formal notice, no threat"));
        assertEquals(DunningStatus.TIME_BARRED, decision.snapshot("C-1").orElseThrow().status());
        portfolio.executeAll(decision);
        List<DunningDecision> after = portfolio.daily(expiry.plusDays(10), expiry.plusDays(40), true);
        assertTrue(Portfolio.trace(after).isEmpty());
        assertEquals(DunningStatus.TIME_BARRED, after.get(0).snapshot("C-1").orElseThrow().status());
    }
}
