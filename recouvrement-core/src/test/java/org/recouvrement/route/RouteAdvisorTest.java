package org.recouvrement.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.MissingValueException;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.Guarantee;
import org.recouvrement.claim.GuaranteeKind;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/** The recommended next step follows practice: amicable before judicial, unless a reason says otherwise. */
class RouteAdvisorTest {

    private static final RouteAdvisor ADVISOR = RouteAdvisor.standard();
    private static final LocalDate ISSUE = LocalDate.of(2026, 1, 15);

    private static RecoveryCase merchants(String principal) {
        return RecoveryCase.of(Samples.invoice(Samples.frenchCompany(), Samples.otherFrenchCompany(),
                Amount.euros(principal), ISSUE, ISSUE.plusDays(30)));
    }

    @Test
    @DisplayName("Amicable first: a reminder, then a formal notice, then the order for payment (practice, LEGAL-REFERENCE §5.2)")
    void theSeedsOrder() {
        RecoveryCase file = merchants("8000.00");
        assertEquals(Optional.of(RouteKind.AMICABLE_REMINDER), ADVISOR.assess(file, LocalDate.of(2026, 3, 1)).recommended());
        file = file.withEvent(new CaseEvent.ReminderSent(LocalDate.of(2026, 3, 1), ContactChannel.EMAIL));
        assertEquals(Optional.of(RouteKind.FORMAL_NOTICE), ADVISOR.assess(file, LocalDate.of(2026, 3, 20)).recommended());
        file = file.withEvent(new CaseEvent.FormalNoticeSent(LocalDate.of(2026, 3, 20), ContactChannel.REGISTERED_LETTER));
        assertEquals(Optional.of(RouteKind.ORDER_FOR_PAYMENT), ADVISOR.assess(file, LocalDate.of(2026, 4, 15)).recommended());
    }

    @Test
    @DisplayName("A small claim after the formal notice goes to the simplified procedure first (CPCE L125-1)")
    void smallClaimsFirst() {
        RecoveryCase file = merchants("1200.00")
                .withEvent(new CaseEvent.ReminderSent(LocalDate.of(2026, 3, 1), ContactChannel.EMAIL))
                .withEvent(new CaseEvent.FormalNoticeSent(LocalDate.of(2026, 3, 20), ContactChannel.REGISTERED_LETTER));
        assertEquals(Optional.of(RouteKind.SIMPLIFIED_SMALL_CLAIM_RECOVERY),
                ADVISOR.assess(file, LocalDate.of(2026, 4, 15)).recommended());
    }

    @Test
    @DisplayName("A disputed claim goes to the merits, never to summary proceedings (CPC 835 al. 2)")
    void disputedGoesToTheMerits() {
        RecoveryCase file = merchants("8000.00")
                .withEvent(new CaseEvent.ReminderSent(LocalDate.of(2026, 3, 1), ContactChannel.EMAIL))
                .withEvent(new CaseEvent.FormalNoticeSent(LocalDate.of(2026, 3, 20), ContactChannel.REGISTERED_LETTER))
                .withEvent(new CaseEvent.DisputeOpened(LocalDate.of(2026, 3, 25), "late delivery"));
        RouteAssessment assessment = ADVISOR.assess(file, LocalDate.of(2026, 4, 15));
        assertEquals(Optional.of(RouteKind.PROCEEDINGS_ON_THE_MERITS), assessment.recommended());
        assertFalse(assessment.option(RouteKind.INTERIM_PAYMENT_SUMMARY_PROCEEDINGS).orElseThrow().isEligible());
    }

    @Test
    @DisplayName("Close to limitation, no reminder: only a court action interrupts it (C. civ. 2241)")
    void urgencySkipsAmicableSteps() {
        Claim old = Samples.invoice(Samples.frenchCompany(), Samples.otherFrenchCompany(), Amount.euros("8000.00"),
                LocalDate.of(2021, 5, 3), LocalDate.of(2021, 6, 2));
        RouteAssessment assessment = ADVISOR.assess(RecoveryCase.of(old), LocalDate.of(2026, 4, 15));
        assertFalse(assessment.timeBarred());
        assertEquals(Optional.of(RouteKind.ORDER_FOR_PAYMENT), assessment.recommended());
        assertTrue(assessment.recommendation().toString().contains("would not interrupt"),
                assessment.recommendation().toString());
    }

    @Test
    @DisplayName("Insolvency: only the proof of claim, with its deadline (C. com. L622-21, R622-24)")
    void insolvency() {
        RecoveryCase file = merchants("8000.00").withEvent(new CaseEvent.InsolvencyOpened(LocalDate.of(2026, 3, 2),
                org.recouvrement.recovery.InsolvencyKind.LIQUIDATION, Optional.of(LocalDate.of(2026, 3, 10))));
        RouteAssessment assessment = ADVISOR.assess(file, LocalDate.of(2026, 4, 1));
        assertEquals(Optional.of(RouteKind.PROOF_OF_CLAIM), assessment.recommended());
        assertEquals(LocalDate.of(2026, 5, 11), assessment.nextDeadlines().get(0).lastDay());
        assertTrue(assessment.recommendation().toString().contains("2026-05-11"));
    }

    @Test
    @DisplayName("Time-barred: no route, and the recommendation explains the limitation")
    void timeBarred() {
        Claim old = Samples.invoice(Samples.frenchCompany(), Samples.otherFrenchCompany(), Amount.euros("800.00"),
                LocalDate.of(2019, 1, 15), LocalDate.of(2019, 2, 14));
        RouteAssessment assessment = ADVISOR.assess(RecoveryCase.of(old), LocalDate.of(2026, 6, 1));
        assertTrue(assessment.timeBarred());
        assertEquals(Optional.empty(), assessment.recommended());
        assertTrue(assessment.recommendation().toString().contains("time-barred"));
        assertTrue(assessment.protectiveMeasures().isEmpty());
    }

    @Test
    @DisplayName("A pending order for payment: serve it before the six months run out (CPC 1411)")
    void routeUnderWay() {
        RecoveryCase file = merchants("8000.00")
                .withEvent(new CaseEvent.CourtActionFiled(LocalDate.of(2026, 3, 20),
                        org.recouvrement.recovery.CourtProceedings.ORDER_FOR_PAYMENT))
                .withEvent(new CaseEvent.DecisionRendered(LocalDate.of(2026, 4, 1),
                        org.recouvrement.recovery.DecisionKind.ORDER_FOR_PAYMENT, Optional.empty()));
        RouteAssessment assessment = ADVISOR.assess(file, LocalDate.of(2026, 4, 15));
        assertEquals(Optional.of(RouteKind.ORDER_FOR_PAYMENT), assessment.recommended());
        assertTrue(assessment.recommendation().toString().contains("serve the order for payment on the debtor by 2026-10-01"),
                assessment.recommendation().toString());
    }

    @Test
    @DisplayName("Neither party in France or Belgium: an 'unsupported' answer, not a guess")
    void unsupported() {
        Party italian = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Sole Srl")
                .address(Samples.address("00184", "Roma", "IT")).build();
        RouteAssessment assessment = ADVISOR.assess(RecoveryCase.of(Samples.invoice(Samples.germanCompany(), italian,
                Amount.euros(500), ISSUE, ISSUE.plusDays(30))), LocalDate.of(2026, 6, 1));
        assertTrue(assessment.unsupported().isPresent());
        assertTrue(assessment.options().isEmpty());
        assertEquals(Optional.empty(), assessment.recommended());
    }

    @Test
    @DisplayName("Protective measures: call the guarantee, suspend performance (C. civ. 1219-1220, 2321)")
    void protectiveMeasures() {
        Claim claim = Claim.builder().reference("G-1").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(org.recouvrement.claim.ClaimOrigin.INVOICE)
                .principal(Amount.euros(5000)).issueDate(ISSUE).dueDate(ISSUE.plusDays(30))
                .addGuarantee(Guarantee.builder().kind(GuaranteeKind.BANK_GUARANTEE).build()).build();
        List<org.recouvrement.law.Reason> measures = ADVISOR.assess(RecoveryCase.of(claim), LocalDate.of(2026, 4, 1))
                .protectiveMeasures();
        assertTrue(measures.get(0).toString().contains("C. civ. art. 2321"), measures.toString());
        assertTrue(measures.stream().anyMatch(m -> m.toString().contains("C. civ. art. 1219")), measures.toString());
    }

    @Test
    void namesMissingArguments() {
        assertThrows(MissingValueException.class, () -> ADVISOR.assess(null, ISSUE));
        assertThrows(MissingValueException.class, () -> ADVISOR.assess(merchants("1.00"), null));
        assertEquals(13, ADVISOR.routes().size());
        assertTrue(ADVISOR.routes().stream().allMatch(r -> !r.legalBasis().isEmpty()));
    }
}
