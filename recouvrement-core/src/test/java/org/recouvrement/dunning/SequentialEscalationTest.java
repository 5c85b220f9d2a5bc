package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.testing.Samples;

/**
 * Stories over several days: steps come one at a time and in order, a rerun does not resend, a late batch catches up
 * once, a payment or a new due date moves the schedule without jumping a level, a skip needs a recorded waiver.
 */
class SequentialEscalationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    private static Portfolio oneInvoice() {
        return Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE));
    }

    @Test
    @DisplayName("Run daily and record every action: the steps come one by one, in order, on their dates")
    void stepsComeInOrder() {
        Portfolio portfolio = oneInvoice();
        List<DunningDecision> decisions = portfolio.daily(DUE.minusDays(5), DUE.plusDays(60), true);
        assertEquals(List.of(
                "2026-03-09 r1 A",
                "2026-03-19 r2 A",
                "2026-03-29 notice A",
                "2026-04-13 route A"), Portfolio.trace(decisions));
        assertEquals(DunningStatus.ROUTE_STARTED, portfolio.decide(DUE.plusDays(61)).snapshot("A").orElseThrow().status());
    }

    @Test
    @DisplayName("A rerun the same day, after the actions were recorded, proposes nothing: nothing is sent twice")
    void rerunDoesNotResend() {
        Portfolio portfolio = oneInvoice();
        LocalDate day = DUE.plusDays(7);
        DunningDecision first = portfolio.decide(day);
        assertEquals(1, first.actions().size());
        portfolio.executeAll(first);
        DunningDecision rerun = portfolio.decide(day);
        assertTrue(rerun.actions().isEmpty(), rerun.actions()::toString);
        assertEquals(1, rerun.snapshot("A").orElseThrow().stepsPassed());
    }

    @Test
    @DisplayName("Until recorded, the same action is proposed again with the same id, the same dates and reasons")
    void unrecordedActionKeepsItsId() {
        Portfolio portfolio = oneInvoice();
        ProposedAction monday = portfolio.decide(DUE.plusDays(7)).actions().get(0);
        ProposedAction wednesday = portfolio.decide(DUE.plusDays(9)).actions().get(0);
        assertEquals(monday.id(), wednesday.id());
        assertEquals(monday.earliestDate(), wednesday.earliestDate());
        assertEquals(monday.latestDate(), wednesday.latestDate());
        assertTrue(monday.id().startsWith("step:r1:"), monday.id());
    }

    @Test
    @DisplayName("Recording the same action twice, or an unknown action, does not move the case further")
    void duplicateRecordsCountOnce() {
        Portfolio portfolio = oneInvoice();
        ProposedAction r1 = portfolio.decide(DUE.plusDays(7)).actions().get(0);
        portfolio.execute(r1, DUE.plusDays(7)).execute(r1, DUE.plusDays(8))
                .record("A", new CaseEvent.ActionExecuted(DUE.plusDays(8), "erp-letter-4711"));
        CaseSnapshot snapshot = portfolio.decide(DUE.plusDays(9)).snapshot("A").orElseThrow();
        assertEquals(1, snapshot.stepsPassed());
        assertEquals("r2", snapshot.nextStep().orElseThrow().key());
        assertEquals(DUE.plusDays(17), snapshot.nextActionDate().orElseThrow());
    }

    @Test
    @DisplayName("A batch that did not run for weeks proposes the next step only, once, then the others in order")
    void catchUpProposesOnce() {
        Portfolio portfolio = oneInvoice();
        LocalDate late = DUE.plusDays(40);
        DunningDecision decision = portfolio.decide(late);
        assertEquals(List.of("2026-04-11 r1 A"), Portfolio.trace(List.of(decision)));
        ProposedAction r1 = decision.actions().get(0);
        assertEquals(DUE.plusDays(7), r1.earliestDate());
        assertTrue(r1.reasons().toString().contains("Due since 2026-03-09"), r1.reasons()::toString);
        portfolio.executeAll(decision);
        List<DunningDecision> after = portfolio.daily(late, late.plusDays(40), true);
        assertEquals(List.of(
                "2026-04-21 r2 A",
                "2026-05-01 notice A",
                "2026-05-16 route A"), Portfolio.trace(after));
    }

    @Test
    @DisplayName("Steps counted from the due date and all past: one per run, never two the same day")
    void dueDateAnchoredStepsCatchUpOneByOne() {
        DunningPolicy policy = DunningPolicy.builder().name("due-date anchored")
                .addStep(Policies.step("d7", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(7), Channel.EMAIL))
                .addStep(Policies.step("d14", StepKind.FIRM_REMINDER, StepTrigger.daysAfterDueDate(14), Channel.EMAIL))
                .addStep(Policies.step("d21", StepKind.FIRM_REMINDER, StepTrigger.daysAfterDueDate(21), Channel.LETTER))
                .build();
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE));
        List<DunningDecision> decisions = portfolio.daily(DUE.plusDays(30), DUE.plusDays(33), true);
        assertEquals(List.of("2026-04-01 d7 A", "2026-04-02 d14 A", "2026-04-03 d21 A"), Portfolio.trace(decisions));
    }

    @Test
    @DisplayName("A partial payment after the first reminder moves the next step later; the next level is the next step")
    void partialPaymentDoesNotSkipALevel() {
        Portfolio portfolio = oneInvoice();
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        portfolio.record("A", new CaseEvent.PaymentReceived(DUE.plusDays(12), Amount.euros("400.00")));
        // Without the payment r2 would fall on day 17; the payment of day 12 restarts its ten-day wait: day 22.
        assertTrue(portfolio.decide(DUE.plusDays(21)).actions().isEmpty());
        DunningDecision decision = portfolio.decide(DUE.plusDays(60));
        assertEquals(List.of("2026-05-01 r2 A"), Portfolio.trace(List.of(decision)));
        ProposedAction r2 = decision.actions().get(0);
        assertEquals(DUE.plusDays(22), r2.earliestDate());
        assertTrue(r2.reasons().toString().contains("no level is skipped"), r2.reasons()::toString);
        assertEquals(Amount.euros("600.00"), decision.snapshot("A").orElseThrow().balance());
    }

    @Test
    @DisplayName("A partial payment before the first reminder moves it by its wait from the payment")
    void partialPaymentBeforeFirstReminder() {
        Portfolio portfolio = oneInvoice();
        portfolio.record("A", new CaseEvent.PaymentReceived(DUE.plusDays(3), Amount.euros("100.00")));
        DunningDecision decision = portfolio.decide(DUE.plusDays(10));
        assertEquals(List.of("2026-03-12 r1 A"), Portfolio.trace(List.of(decision)));
        assertEquals(DUE.plusDays(10), decision.actions().get(0).earliestDate());
    }

    @Test
    @DisplayName("A new due date re-anchors the schedule at the current level: no step before it, no level jumped")
    void newDueDateReanchors() {
        Portfolio portfolio = oneInvoice();
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        LocalDate newDue = DUE.plusDays(45);
        portfolio.record("A", new CaseEvent.DueDatePostponed(DUE.plusDays(10), newDue));
        List<DunningDecision> decisions = portfolio.daily(DUE.plusDays(10), newDue.plusDays(30), true);
        assertEquals(List.of("2026-04-26 r2 A", "2026-05-06 notice A"), Portfolio.trace(decisions));
    }

    @Test
    @DisplayName("A step is skipped only by a recorded waiver; the waiver passes it and the next one counts from it")
    void waiverIsTheOnlySkip() {
        Portfolio portfolio = oneInvoice();
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        portfolio.record("A", new CaseEvent.StepWaived(DUE.plusDays(8), "r2", "debtor asked for letters only"));
        List<DunningDecision> decisions = portfolio.daily(DUE.plusDays(8), DUE.plusDays(40), true);
        assertEquals(List.of("2026-03-20 notice A", "2026-04-04 route A"), Portfolio.trace(decisions));
        ProposedAction notice = decisions.get(10).actions().get(0);
        assertTrue(notice.reasons().toString().contains("waived on 2026-03-10 (debtor asked for letters only)"),
                notice.reasons()::toString);
    }

    @Test
    @DisplayName("A waiver recorded in advance passes its step when the step is reached, not before")
    void waiverInAdvance() {
        Portfolio portfolio = oneInvoice();
        portfolio.record("A", new CaseEvent.StepWaived(DUE, "notice", "notice by hand"));
        List<DunningDecision> decisions = portfolio.daily(DUE, DUE.plusDays(40), true);
        assertEquals(List.of("2026-03-09 r1 A", "2026-03-19 r2 A", "2026-04-03 route A"), Portfolio.trace(decisions));
    }

    @Test
    @DisplayName("A waiver naming no step of the policy is reported and skips nothing")
    void unknownWaiver() {
        Portfolio portfolio = oneInvoice();
        portfolio.record("A", new CaseEvent.StepWaived(DUE, "no-such-step", "typo"));
        DunningDecision decision = portfolio.decide(DUE.plusDays(7));
        assertEquals(List.of("2026-03-09 r1 A"), Portfolio.trace(List.of(decision)));
        assertEquals(DunningWarning.Kind.UNKNOWN_WAIVER, decision.warningsFor("A").get(0).kind());
    }

    @Test
    @DisplayName("A rejected action passes its step without contact; the next step counts from the rejection")
    void rejectionPassesTheStep() {
        Portfolio portfolio = oneInvoice();
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        ProposedAction r2 = portfolio.decide(DUE.plusDays(17)).actions().get(0);
        portfolio.reject(r2, DUE.plusDays(18));
        assertTrue(portfolio.decide(DUE.plusDays(18)).actions().isEmpty());
        DunningDecision decision = portfolio.decide(DUE.plusDays(28));
        assertEquals(List.of("2026-03-30 notice A"), Portfolio.trace(List.of(decision)));
        assertTrue(decision.actions().get(0).reasons().toString().contains("rejected on 2026-03-20"));
    }

    @Test
    @DisplayName("A step whose minimum the claim does not reach is not skipped: a person is asked to decide")
    void belowMinimumIsExplicit() {
        DunningPolicy policy = Policies.fourSteps().build();
        DunningPolicy withMinimum = policy.withStep(policy.step("notice").orElseThrow()
                .withMinimumAmount(Amount.euros("500.00")));
        Portfolio portfolio = Portfolio.of(withMinimum).with(Claims.invoice("A", "300.00", DUE));
        List<DunningDecision> decisions = portfolio.daily(DUE, DUE.plusDays(30), true);
        assertEquals(List.of("2026-03-09 r1 A", "2026-03-19 r2 A", "2026-03-29 BELOW_STEP_MINIMUM A"),
                Portfolio.trace(decisions));
        assertEquals(DunningStatus.EXHAUSTED, portfolio.decide(DUE.plusDays(31)).snapshot("A").orElseThrow().status());
    }

    @Test
    @DisplayName("A waiver of the step below its minimum lets dunning go on with the next step")
    void belowMinimumThenWaiver() {
        DunningPolicy policy = Policies.fourSteps().build();
        DunningPolicy withMinimum = policy.withStep(policy.step("notice").orElseThrow()
                .withMinimumAmount(Amount.euros("500.00")));
        Portfolio portfolio = Portfolio.of(withMinimum).with(Claims.invoice("A", "300.00", DUE));
        portfolio.daily(DUE, DUE.plusDays(26), true);
        portfolio.record("A", new CaseEvent.StepWaived(DUE.plusDays(27), "notice", "small amount"));
        assertEquals(List.of("2026-04-13 route A"),
                Portfolio.trace(portfolio.daily(DUE.plusDays(27), DUE.plusDays(50), true)));
    }

    @Test
    @DisplayName("A pre-due reminder not sent by the due date lapses: reported, never sent late")
    void preDueReminderLapses() {
        DunningPolicy policy = DunningPolicy.builder().name("with pre-due")
                .addStep(Policies.step("pre-due", StepKind.COURTEOUS_REMINDER, StepTrigger.daysBeforeDueDate(5),
                        Channel.EMAIL))
                .addStep(Policies.step("r1", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterPreviousStep(7),
                        Channel.EMAIL))
                .build();
        Portfolio onTime = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE));
        assertEquals(List.of("2026-02-25 pre-due A", "2026-03-04 r1 A"),
                Portfolio.trace(onTime.daily(DUE.minusDays(10), DUE.plusDays(10), true)));
        Portfolio late = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", DUE));
        DunningDecision decision = late.decide(DUE.plusDays(10));
        assertEquals(List.of("2026-03-12 r1 A"), Portfolio.trace(List.of(decision)));
        assertTrue(decision.actions().get(0).reasons().toString()
                .contains("'pre-due', lapsed on 2026-03-02: the due date passed before it was sent"));
    }

    @Test
    @DisplayName("Working days are those of the debtor's territory: Easter Monday 2026 is not one in France")
    void workingDaysOfTheDebtorsTerritory() {
        DunningPolicy policy = DunningPolicy.builder().name("working days")
                .addStep(Policies.step("r1", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(1), Channel.EMAIL))
                .addStep(Policies.step("r2", StepKind.FIRM_REMINDER, StepTrigger.workingDaysAfterPreviousStep(3),
                        Channel.EMAIL))
                .build();
        // Due Wed 1 April 2026; r1 on Thu 2 April; three working days after: Fri 3, (Sat, Sun, Easter Mon 6 April
        // skipped), Tue 7, Wed 8.
        LocalDate due = LocalDate.of(2026, 4, 1);
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", "1000.00", due));
        assertEquals(List.of("2026-04-02 r1 A", "2026-04-08 r2 A"),
                Portfolio.trace(portfolio.daily(due, due.plusDays(10), true)));
    }

    @Test
    @DisplayName("Working days abroad without a calendar count Monday to Friday, with a warning")
    void workingDaysWithoutCalendar() {
        DunningPolicy policy = DunningPolicy.builder().name("working days")
                .addStep(Policies.step("r1", StepKind.COURTEOUS_REMINDER, StepTrigger.of(Anchor.DUE_DATE, 3,
                        OffsetUnit.WORKING_DAYS), Channel.EMAIL))
                .build();
        Party german = Samples.germanCompany();
        LocalDate due = LocalDate.of(2026, 4, 3);
        Portfolio portfolio = Portfolio.of(policy).with(Claims.invoice("A", german, "1000.00", due));
        DunningDecision decision = portfolio.decide(LocalDate.of(2026, 4, 8));
        assertEquals(List.of("2026-04-08 r1 A"), Portfolio.trace(List.of(decision)));
        assertEquals(DunningWarning.Kind.NO_WORKING_DAY_CALENDAR, decision.warningsFor("A").get(0).kind());
        assertTrue(portfolio.decide(LocalDate.of(2026, 4, 7)).actions().isEmpty());
    }
}
