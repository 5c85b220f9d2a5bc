package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.UnknownRatePolicy;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * The planner as a service: parallel and sequential give the same decision, the amounts, the contact events, the
 * snapshot's lazy figures.
 */
class DunningPlannerTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("Five thousand cases of a thousand debtors: the parallel decision equals the sequential one")
    void parallelEqualsSequential() {
        List<RecoveryCase> cases = new ArrayList<>();
        for (int d = 0; d < 1000; d++) {
            Party debtor = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Debtor " + d)
                    .address(Samples.address("75001", "Paris", "FR")).build();
            for (int c = 0; c < 5; c++) {
                RecoveryCase file = Claims.invoice("D" + d + "-" + c, debtor, (100 + d + c) + ".00",
                        DUE.plusDays((d + 3L * c) % 20));
                if ((d + c) % 7 == 0) {
                    file = file.withEvent(new CaseEvent.ReminderSent(DUE.plusDays(c), ContactChannel.EMAIL));
                }
                if ((d + c) % 11 == 0) {
                    file = file.withEvent(new CaseEvent.DisputeOpened(DUE, "price"));
                }
                cases.add(file);
            }
        }
        PolicySet policies = PolicySet.standard();
        LocalDate asOf = DUE.plusDays(25);
        DunningDecision parallel = DunningPlanner.standard().decide(cases, policies, asOf);
        DunningDecision sequential = DunningPlanner.standard().withParallelism(false).decide(cases, policies, asOf);
        assertEquals(sequential, parallel);
        assertEquals(5000, parallel.snapshots().size());
        assertTrue(parallel.actions().size() > 100, () -> "only " + parallel.actions().size());
        assertEquals("D0-0", parallel.snapshots().get(0).caseId());
    }

    @Test
    @DisplayName("Composed on demand, the reasons of the parallel decision equal the sequential one's, action by action")
    void parallelReasonsEqualSequential() {
        List<RecoveryCase> cases = new ArrayList<>();
        for (int d = 0; d < 600; d++) {
            Party debtor = Party.builder().kind(d % 3 == 0 ? PartyKind.CONSUMER : PartyKind.COMPANY)
                    .merchant(d % 3 != 0).name("Debtor " + d)
                    .address(d % 5 == 0 ? Samples.address("1000", "Bruxelles", "BE")
                            : Samples.address("75001", "Paris", "FR")).build();
            for (int c = 0; c < 5; c++) {
                RecoveryCase file = Claims.invoice("D" + d + "-" + c, debtor, (100 + d + c) + ".00",
                        DUE.minusDays((d * 37L + c * 101L) % 900));
                if ((d + c) % 4 == 0) {
                    file = file.withEvent(new CaseEvent.ReminderSent(DUE.minusDays(c), ContactChannel.EMAIL));
                }
                if ((d + c) % 13 == 0) {
                    file = file.withEvent(new CaseEvent.PromiseToPay(DUE, DUE.plusDays(c * 3L), Amount.euros("50.00")));
                }
                cases.add(file);
            }
        }
        LocalDate asOf = DUE.plusDays(10);
        DunningDecision parallel = DunningPlanner.standard().decide(cases, PolicySet.standard(), asOf);
        DunningDecision sequential = DunningPlanner.standard().withParallelism(false)
                .decide(cases, PolicySet.standard(), asOf);
        assertEquals(sequential.actions().size(), parallel.actions().size());
        boolean grouped = false;
        for (int i = 0; i < parallel.actions().size(); i++) {
            ProposedAction action = parallel.actions().get(i);
            assertEquals(sequential.actions().get(i).reasons(), action.reasons());
            assertEquals(action.reasons(), action.reasons());
            if (action.items().size() > 1) {
                grouped = true;
                String text = action.reasons().toString();
                assertTrue(text.contains("One communication for " + action.items().size() + " claims"), text);
                for (ActionItem item : action.items()) {
                    assertTrue(text.contains("Claim " + item.caseId() + ": "), text);
                }
            }
        }
        assertTrue(grouped);
        assertEquals(sequential.warnings(), parallel.warnings());
        assertTrue(parallel.actions().stream().anyMatch(a -> a.kind() == ActionKind.CLOSE_TIME_BARRED));
    }

    @Test
    @DisplayName("Two equal debtors built apart are one debtor: their claims due the same day make one letter")
    void equalDebtorsAreOneDebtor() {
        Party first = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Fromagerie Lenoir SARL")
                .address(Samples.address("35000", "Rennes", "FR")).build();
        Party same = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Fromagerie Lenoir SARL")
                .address(Samples.address("35000", "Rennes", "FR")).build();
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build())
                .with(Claims.invoice("A", first, "100.00", DUE))
                .with(Claims.invoice("X", Claims.DEBTOR, "100.00", DUE))
                .with(Claims.invoice("B", same, "200.00", DUE));
        DunningDecision decision = portfolio.decide(DUE.plusDays(7));
        assertEquals(2, decision.actions().size());
        ProposedAction letter = decision.actionsFor("A").get(0);
        assertEquals(List.of("A", "B"), letter.caseIds());
        assertEquals(List.of(letter.id()), decision.snapshot("B").orElseThrow().actionIds());
    }

    @Test
    @DisplayName("B2B firm reminder: the letter claims the principal, the penalties and the 40 € compensation")
    void amountsOfAFirmReminder() {
        Portfolio portfolio = new Portfolio(DunningPlanner.standard(), PolicySet.standard())
                .with(Claims.invoice("A", "1000.00", DUE));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        ProposedAction firm = portfolio.decide(DUE.plusDays(21)).actions().get(0);
        assertEquals("firm-reminder", firm.step().orElseThrow().key());
        ClaimedAmounts amounts = firm.items().get(0).amounts();
        assertTrue(amounts.isComplete());
        assertEquals(Amount.euros("1000.00"), amounts.principal());
        assertEquals(Amount.euros("40.00"), amounts.compensation());
        assertTrue(amounts.interest().isPositive());
        assertEquals(amounts.principal().plus(amounts.interest()).plus(amounts.compensation()), amounts.total());
        assertTrue(amounts.explanation().references().stream().anyMatch(r -> r.display().equals("C. com. art. D441-5")));
    }

    @Test
    @DisplayName("A penalty clause is claimed from the formal notice, not by a firm reminder (C. civ. art. 1231-5)")
    void penaltyFromTheFormalNotice() {
        Claim claim = Claim.builder()
                .reference("P").creditor(Claims.CREDITOR).debtor(Claims.DEBTOR)
                .origin(ClaimOrigin.INVOICE).principal(Amount.euros("1000.00"))
                .issueDate(DUE.minusDays(30)).dueDate(DUE).penaltyClause(Amount.euros("150.00")).build();
        Portfolio portfolio = new Portfolio(DunningPlanner.standard(), PolicySet.standard()).with(RecoveryCase.of(claim));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(7)));
        ProposedAction firm = portfolio.decide(DUE.plusDays(21)).actions().get(0);
        assertEquals("firm-reminder", firm.step().orElseThrow().key());
        ClaimedAmounts firmAmounts = firm.items().get(0).amounts();
        assertTrue(firmAmounts.penalty().isZero());
        assertTrue(firmAmounts.explanation().toString().contains("penalty is incurred only once the debtor is put on "
                + "notice"));
        portfolio.executeAll(portfolio.decide(DUE.plusDays(21)));
        portfolio.daily(DUE.plusDays(22), DUE.plusDays(34), true);
        ProposedAction notice = portfolio.decide(DUE.plusDays(35)).actions().get(0);
        assertEquals("formal-notice", notice.step().orElseThrow().key());
        assertEquals(Amount.euros("150.00"), notice.items().get(0).amounts().penalty());
    }

    @Test
    @DisplayName("After 30 June 2026 no rate is published: without permission the amounts say so; with it, they assume")
    void unpublishedRates() {
        LocalDate asOf = LocalDate.of(2026, 8, 20);
        Portfolio strict = new Portfolio(DunningPlanner.standard(), PolicySet.standard())
                .with(Claims.invoice("A", "1000.00", LocalDate.of(2026, 8, 1)));
        ClaimedAmounts withoutRate = strict.decide(asOf).actions().get(0).items().get(0).amounts();
        assertTrue(!withoutRate.isComplete());
        assertTrue(withoutRate.explanation().toString().contains("Interest not computed"));
        DunningPlanner assuming = DunningPlanner.standard().withInterestOptions(InterestOptions.builder()
                .unknownRatePolicy(UnknownRatePolicy.USE_LATEST_KNOWN_RATE).build());
        Portfolio lenient = new Portfolio(assuming, PolicySet.standard())
                .with(Claims.invoice("A", "1000.00", LocalDate.of(2026, 8, 1)));
        ClaimedAmounts assumed = lenient.decide(asOf).actions().get(0).items().get(0).amounts();
        assertTrue(assumed.isComplete());
        assertTrue(assumed.interestStatement().orElseThrow().assumesUnpublishedRates());
        assertTrue(assumed.explanation().toString().contains("latest known rate"));
    }

    @Test
    @DisplayName("The contact event to record next to the execution: a reminder, or a formal notice sent")
    void contactEvents() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE));
        ProposedAction r1 = portfolio.decide(DUE.plusDays(7)).actions().get(0);
        assertEquals(Optional.of(new CaseEvent.ReminderSent(DUE.plusDays(8), ContactChannel.EMAIL)),
                r1.contactEvent(DUE.plusDays(8), Channel.EMAIL));
        assertThrows(InvalidPolicyException.class, () -> r1.contactEvent(DUE.plusDays(8), Channel.LETTER));
        portfolio.daily(DUE.plusDays(7), DUE.plusDays(20), true);
        ProposedAction notice = portfolio.decide(DUE.plusDays(27)).actions().get(0);
        assertEquals(Optional.of(new CaseEvent.FormalNoticeSent(DUE.plusDays(27), ContactChannel.REGISTERED_LETTER)),
                notice.contactEvent(DUE.plusDays(27), Channel.REGISTERED_LETTER));
        // Recording both the execution and the contact counts as one contact and passes one step.
        portfolio.execute(notice, DUE.plusDays(27)).record("A", notice.contactEvent(DUE.plusDays(27),
                Channel.REGISTERED_LETTER).orElseThrow());
        CaseSnapshot snapshot = portfolio.decide(DUE.plusDays(28)).snapshot("A").orElseThrow();
        assertEquals(3, snapshot.stepsPassed());
        assertEquals("route", snapshot.nextStep().orElseThrow().key());
    }

    @Test
    @DisplayName("The snapshot gives the limitation expiry, the open routes and the interest to date on demand")
    void snapshotFigures() {
        Portfolio portfolio = new Portfolio(DunningPlanner.standard(), PolicySet.standard())
                .with(Claims.invoice("A", "1000.00", DUE));
        CaseSnapshot snapshot = portfolio.decide(DUE.plusDays(40)).snapshot("A").orElseThrow();
        assertEquals(DunningStatus.ACTIVE, snapshot.status());
        assertEquals(Amount.euros("1000.00"), snapshot.balance());
        assertEquals(LocalDate.of(2031, 3, 2), snapshot.limitationExpiry().orElseThrow());
        assertTrue(snapshot.openRoutes().size() > 0, snapshot.routes()::toString);
        assertTrue(snapshot.amounts().interest().isPositive());
        assertEquals(Amount.euros("40.00"), snapshot.amounts().compensation());
    }

    @Test
    @DisplayName("A decision lists every case in the order given, finds a case's actions and warnings")
    void decisionHelpers() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build())
                .with(Claims.invoice("B", "10.00", DUE))
                .with(Claims.invoice("A", "20.00", DUE.plusDays(30)));
        DunningDecision decision = portfolio.decide(DUE.plusDays(7));
        assertEquals(List.of("B", "A"), decision.snapshots().stream().map(CaseSnapshot::caseId).toList());
        assertEquals(1, decision.actionsFor("B").size());
        assertTrue(decision.actionsFor("A").isEmpty());
        assertEquals(decision.actionsFor("B").get(0).id(), decision.snapshot("B").orElseThrow().actionIds().get(0));
        assertEquals(Optional.of(DUE.plusDays(37)), decision.snapshot("A").orElseThrow().nextActionDate());
        assertTrue(decision.snapshot("C").isEmpty());
    }
}
