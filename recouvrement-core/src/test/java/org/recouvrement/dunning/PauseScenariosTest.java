package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.AmicableProcess;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.InsolvencyKind;

/**
 * Stories of pauses: a dispute pauses only the disputed claim; a promise until its date; an honoured plan; a missed
 * instalment calls for acceleration or resumes dunning; a mediation; proceedings; insolvency calls for the proof of
 * claim with its deadline.
 */
class PauseScenariosTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("A dispute on one invoice pauses that invoice only; the debtor's other invoice is reminded")
    void disputePausesOnlyTheDisputedClaim() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build())
                .with(Claims.invoice("A", "1000.00", DUE))
                .with(Claims.invoice("B", "500.00", DUE))
                .record("A", new CaseEvent.DisputeOpened(DUE.plusDays(3), "goods damaged"));
        List<DunningDecision> disputed = portfolio.daily(DUE, DUE.plusDays(19), true);
        assertEquals(List.of("2026-03-09 r1 B", "2026-03-19 r2 B"), Portfolio.trace(disputed));
        CaseSnapshot a = disputed.get(disputed.size() - 1).snapshot("A").orElseThrow();
        assertEquals(DunningStatus.PAUSED, a.status());
        assertEquals(PauseReason.DISPUTE, a.pause().orElseThrow().reason());
        assertEquals(DUE.plusDays(3), a.pause().orElseThrow().since());

        portfolio.record("A", new CaseEvent.DisputeClosed(DUE.plusDays(20)));
        List<DunningDecision> resumed = portfolio.daily(DUE.plusDays(20), DUE.plusDays(30), true);
        assertEquals(List.of("2026-03-23 r1 A", "2026-03-29 notice B"), Portfolio.trace(resumed));
        assertTrue(resumed.get(1).actions().get(0).reasons().toString()
                .contains("Dunning resumes on 2026-03-23, after a pause ended on 2026-03-22"));
    }

    @Test
    @DisplayName("A promise to pay pauses dunning until its date; unpaid, the next step comes the day after")
    void promiseToPay() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        portfolio.record("A", new CaseEvent.PromiseToPay(DUE.plusDays(9), DUE.plusDays(25), Amount.euros("1000.00")));
        List<DunningDecision> decisions = portfolio.daily(DUE.plusDays(9), DUE.plusDays(30), true);
        assertEquals(List.of("2026-03-28 r2 A"), Portfolio.trace(decisions));
        CaseSnapshot during = decisions.get(5).snapshot("A").orElseThrow();
        assertEquals(PauseReason.PROMISE_TO_PAY, during.pause().orElseThrow().reason());
        assertEquals(Optional.of(DUE.plusDays(25)), during.pause().orElseThrow().until());
    }

    @Test
    @DisplayName("A promise kept ends the case: paid in full, nothing more")
    void promiseKept() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        portfolio.record("A", new CaseEvent.PromiseToPay(DUE.plusDays(9), DUE.plusDays(25), Amount.euros("1000.00")),
                new CaseEvent.PaymentReceived(DUE.plusDays(24), Amount.euros("1000.00")));
        List<DunningDecision> decisions = portfolio.daily(DUE.plusDays(9), DUE.plusDays(60), true);
        assertTrue(Portfolio.trace(decisions).isEmpty());
        assertEquals(DunningStatus.PAID, decisions.get(decisions.size() - 1).snapshot("A").orElseThrow().status());
    }

    private static PaymentPlan threeMonths() {
        return PaymentPlan.builder().amount(Amount.euros("1000.00")).instalmentCount(3)
                .firstDueDate(LocalDate.of(2026, 4, 1)).build();
    }

    @Test
    @DisplayName("A payment plan honoured pauses dunning until its end; paid in full, the case is closed")
    void planHonoured() {
        PaymentPlan plan = threeMonths();
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        portfolio.record("A", plan.agreedOn(DUE.plusDays(10)));
        for (PlannedInstalment instalment : plan.instalments()) {
            portfolio.record("A", new CaseEvent.PaymentReceived(instalment.dueDate(), instalment.amount()));
        }
        List<DunningDecision> decisions = portfolio.daily(DUE.plusDays(10), DUE.plusDays(120), true);
        assertTrue(Portfolio.trace(decisions).isEmpty(), () -> Portfolio.trace(decisions).toString());
        CaseSnapshot april = decisions.get(30).snapshot("A").orElseThrow();
        assertEquals(PauseReason.PAYMENT_PLAN, april.pause().orElseThrow().reason());
        assertEquals(DunningStatus.PAID, decisions.get(decisions.size() - 1).snapshot("A").orElseThrow().status());
    }

    @Test
    @DisplayName("A missed instalment, with an acceleration clause: acceleration is proposed, then dunning resumes")
    void missedInstalmentWithAcceleration() {
        PaymentPlan plan = threeMonths();
        DunningPolicy policy = Policies.fourSteps().accelerationClause(true).instalmentGraceDays(5).build();
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        portfolio.record("A", plan.agreedOn(DUE.plusDays(10)),
                new CaseEvent.PaymentReceived(LocalDate.of(2026, 4, 1), plan.instalments().get(0).amount()));
        // The second instalment, due 1 May, is not paid; with five days of grace it is missed from 7 May.
        List<DunningDecision> decisions = portfolio.daily(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 20), true);
        assertEquals(List.of("2026-05-07 ACCELERATION A", "2026-05-08 r2 A", "2026-05-18 notice A"),
                Portfolio.trace(decisions));
        ProposedAction acceleration = decisions.get(35).actions().get(0);
        assertEquals(LocalDate.of(2026, 5, 7), acceleration.earliestDate());
        assertTrue(acceleration.requiresValidation());
        assertTrue(acceleration.reasons().toString().contains("due on 2026-05-01"), acceleration.reasons()::toString);
    }

    @Test
    @DisplayName("A missed instalment without acceleration clause resumes dunning for the instalments missed only")
    void missedInstalmentWithoutAcceleration() {
        PaymentPlan plan = threeMonths();
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        portfolio.record("A", plan.agreedOn(DUE.plusDays(10)),
                new CaseEvent.PaymentReceived(LocalDate.of(2026, 4, 1), plan.instalments().get(0).amount()));
        DunningDecision decision = portfolio.decide(LocalDate.of(2026, 5, 2));
        assertEquals(List.of("2026-05-02 r2 A"), Portfolio.trace(List.of(decision)));
        ActionItem item = decision.actions().get(0).items().get(0);
        assertEquals(Optional.of(Amount.euros("333.33")), item.amounts().planArrears());
        assertTrue(decision.actions().get(0).reasons().toString().contains("only the instalments due and unpaid"));
    }

    @Test
    @DisplayName("A mediation pauses dunning; it resumes the day after the mediation ended")
    void mediation() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE))
                .record("A", new CaseEvent.AmicableProcessStarted(DUE.plusDays(5), AmicableProcess.MEDIATION),
                        new CaseEvent.AmicableProcessEnded(DUE.plusDays(40), AmicableProcess.MEDIATION));
        List<DunningDecision> decisions = portfolio.daily(DUE, DUE.plusDays(45), true);
        assertEquals(List.of("2026-04-12 r1 A"), Portfolio.trace(decisions));
        assertEquals(PauseReason.AMICABLE_PROCESS,
                decisions.get(20).snapshot("A").orElseThrow().pause().orElseThrow().reason());
    }

    @Test
    @DisplayName("A pending court action stops reminders; withdrawn, dunning resumes")
    void courtProceedings() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE))
                .record("A", new CaseEvent.CourtActionFiled(DUE.plusDays(2), CourtProceedings.ORDER_FOR_PAYMENT),
                        new CaseEvent.CourtActionWithdrawn(DUE.plusDays(30)));
        List<DunningDecision> decisions = portfolio.daily(DUE, DUE.plusDays(35), true);
        assertEquals(List.of("2026-04-02 r1 A"), Portfolio.trace(decisions));
        assertEquals(PauseReason.COURT_PROCEEDINGS,
                decisions.get(10).snapshot("A").orElseThrow().pause().orElseThrow().reason());
    }

    @Test
    @DisplayName("Insolvency: no reminder; the proof of claim is proposed with the route advisor's deadline, once")
    void insolvencyCallsForTheProofOfClaim() {
        // Opening judgment 10 March 2026, published in the BODACC on 20 March: two months to file, until 20 May
        // (C. com. art. R622-24).
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE))
                .record("A", new CaseEvent.InsolvencyOpened(LocalDate.of(2026, 3, 10), InsolvencyKind.REORGANISATION,
                        Optional.of(LocalDate.of(2026, 3, 20))));
        DunningDecision decision = portfolio.decide(LocalDate.of(2026, 3, 25));
        assertEquals(List.of("2026-03-25 PROOF_OF_CLAIM A"), Portfolio.trace(List.of(decision)));
        ProposedAction proof = decision.actions().get(0);
        assertEquals(LocalDate.of(2026, 5, 20), proof.latestDate());
        assertEquals(Optional.of("proof-of-claim"), proof.templateKey());
        assertTrue(proof.reasons().references().stream().anyMatch(r -> r.display().equals("C. com. art. L622-21")));
        CaseSnapshot snapshot = decision.snapshot("A").orElseThrow();
        assertEquals(PauseReason.INSOLVENCY, snapshot.pause().orElseThrow().reason());

        portfolio.executeAll(decision);
        List<DunningDecision> after = portfolio.daily(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 6, 30), true);
        assertTrue(Portfolio.trace(after).isEmpty(), () -> Portfolio.trace(after).toString());
    }

    @Test
    @DisplayName("Insolvency not yet published: the proof of claim is proposed, the deadline said to run from publication")
    void insolvencyNotYetPublished() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE))
                .record("A", new CaseEvent.InsolvencyOpened(LocalDate.of(2026, 3, 10), InsolvencyKind.LIQUIDATION,
                        Optional.empty()));
        ProposedAction proof = portfolio.decide(LocalDate.of(2026, 3, 12)).actions().get(0);
        assertEquals(ActionKind.PROOF_OF_CLAIM, proof.kind());
        assertTrue(proof.reasons().toString().contains("not yet recorded as published"), proof.reasons()::toString);
    }
}
