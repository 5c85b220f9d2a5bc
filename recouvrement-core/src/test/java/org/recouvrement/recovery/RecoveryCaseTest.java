package org.recouvrement.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recouvrement.MissingValueException;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.Instalment;
import org.recouvrement.money.Amount;
import org.recouvrement.testing.Samples;

class RecoveryCaseTest {

    private static final LocalDate ISSUE = LocalDate.of(2026, 1, 15);
    private final Claim claim = Samples.invoiceBetweenMerchants(ISSUE);

    @Test
    void placesEventsInOrderAndReturnsANewCase() {
        RecoveryCase empty = RecoveryCase.of(claim);
        RecoveryCase file = empty
                .withEvent(new CaseEvent.PaymentReceived(LocalDate.of(2026, 4, 1), Amount.euros(100)))
                .withEvent(new CaseEvent.ReminderSent(LocalDate.of(2026, 3, 1), ContactChannel.EMAIL));
        assertTrue(empty.events().isEmpty());
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
                file.events().stream().map(CaseEvent::date).toList());
        assertEquals(claim.reference(), file.id());
    }

    @Test
    void theSameEventsInAnyOrderGiveTheSameCase() {
        CaseEvent a = new CaseEvent.ReminderSent(LocalDate.of(2026, 3, 1), ContactChannel.EMAIL);
        CaseEvent b = new CaseEvent.PaymentReceived(LocalDate.of(2026, 3, 1), Amount.euros(100));
        CaseEvent c = new CaseEvent.FormalNoticeSent(LocalDate.of(2026, 3, 1), ContactChannel.REGISTERED_LETTER);
        assertEquals(RecoveryCase.of(claim, List.of(a, b, c)), RecoveryCase.of(claim, List.of(c, a, b)));
        assertEquals(b, RecoveryCase.of(claim, List.of(c, a, b)).events().get(0));
    }

    @Test
    void computesTheOutstandingBalanceAtADate() {
        RecoveryCase file = RecoveryCase.of(claim, List.of(
                new CaseEvent.PaymentReceived(LocalDate.of(2026, 3, 1), Amount.euros("250.00")),
                new CaseEvent.CreditNoteIssued(LocalDate.of(2026, 3, 15), Amount.euros("50.00")),
                new CaseEvent.PaymentReceived(LocalDate.of(2026, 5, 1), Amount.euros("100.00"))));
        assertEquals(Amount.euros(1000), file.outstandingBalance(LocalDate.of(2026, 2, 28)));
        assertEquals(Amount.euros(750), file.outstandingBalance(LocalDate.of(2026, 3, 1)));
        assertEquals(Amount.euros(700), file.outstandingBalance(LocalDate.of(2026, 4, 30)));
        assertEquals(Amount.euros(600), file.outstandingBalance(LocalDate.of(2026, 5, 1)));
        assertEquals(Amount.euros(350), file.amountPaid(LocalDate.of(2026, 12, 31)));
        assertEquals(2, file.eventsUntil(LocalDate.of(2026, 3, 15)).size());
        assertEquals(Optional.of(new CaseEvent.PaymentReceived(LocalDate.of(2026, 3, 1), Amount.euros("250.00"))),
                file.latest(CaseEvent.PaymentReceived.class, LocalDate.of(2026, 4, 1)));
        assertEquals(2, file.events(CaseEvent.PaymentReceived.class).size());
    }

    @Test
    void refusesAnEventBeforeTheClaimArose() {
        InvalidCaseEventException e = assertThrows(InvalidCaseEventException.class,
                () -> RecoveryCase.of(claim).withEvent(new CaseEvent.DebtAcknowledged(ISSUE.minusDays(1))));
        assertEquals("DebtAcknowledged.date 2026-01-14 is before the claim arose on 2026-01-15", e.getMessage());
    }

    @Test
    void refusesAnEventInAnotherCurrency() {
        Amount francs = Amount.of(BigDecimal.TEN, Currency.getInstance("CHF"));
        InvalidCaseEventException e = assertThrows(InvalidCaseEventException.class,
                () -> RecoveryCase.of(claim).withEvent(new CaseEvent.PaymentReceived(ISSUE, francs)));
        assertTrue(e.getMessage().contains("is not in the claim's currency EUR"), e.getMessage());
        assertThrows(InvalidCaseEventException.class, () -> RecoveryCase.of(claim).withEvent(
                new CaseEvent.PaymentPlanAgreed(ISSUE, List.of(Instalment.of(ISSUE, Amount.euros(1)),
                        Instalment.of(ISSUE, francs)))));
    }

    @Test
    void eventsCheckThemselves() {
        assertThrows(InvalidCaseEventException.class,
                () -> new CaseEvent.PaymentReceived(ISSUE, Amount.euros(0)));
        assertThrows(InvalidCaseEventException.class,
                () -> new CaseEvent.PromiseToPay(ISSUE, ISSUE.minusDays(1), Amount.euros(10)));
        assertThrows(InvalidCaseEventException.class, () -> new CaseEvent.DisputeOpened(ISSUE, " "));
        assertThrows(InvalidCaseEventException.class, () -> new CaseEvent.PaymentPlanAgreed(ISSUE, List.of()));
        assertThrows(InvalidCaseEventException.class, () -> new CaseEvent.InsolvencyOpened(ISSUE,
                InsolvencyKind.LIQUIDATION, Optional.of(ISSUE.minusDays(1))));
        MissingValueException e = assertThrows(MissingValueException.class,
                () -> new CaseEvent.ReminderSent(ISSUE, null));
        assertEquals("channel", e.field());
    }

    @Test
    void aPerformanceDateBeforeTheInvoiceIsWhenTheClaimArose() {
        Claim performedEarlier = Claim.builder().reference("W-1").creditor(Samples.frenchCompany())
                .debtor(Samples.frenchConsumer()).origin(org.recouvrement.claim.ClaimOrigin.INVOICE)
                .principal(Amount.euros(500)).issueDate(ISSUE).performanceDate(ISSUE.minusDays(20))
                .dueDate(ISSUE.plusDays(30)).build();
        RecoveryCase file = RecoveryCase.of(performedEarlier)
                .withEvent(new CaseEvent.DebtAcknowledged(ISSUE.minusDays(10)));
        assertEquals(ISSUE.minusDays(20), file.claimArose());
        assertEquals(1, file.events().size());
    }
}
