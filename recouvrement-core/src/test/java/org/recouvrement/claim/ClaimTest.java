package org.recouvrement.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recouvrement.MissingValueException;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.testing.Samples;

class ClaimTest {

    private static Claim.Builder valid() {
        return withoutPrincipal().principal(Amount.euros("1200.00"));
    }

    private static Claim.Builder withoutPrincipal() {
        Claim.Builder builder = Claim.builder();
        builder.reference("INV-1").creditor(Samples.frenchCompany()).debtor(Samples.otherFrenchCompany())
                .origin(ClaimOrigin.INVOICE).issueDate(LocalDate.of(2026, 1, 15));
        return builder;
    }

    @Test
    void derivesTheDueDateFromThePaymentTerms() {
        Claim claim = valid().paymentTerms(PaymentTerms.daysFromInvoice(60)).build();
        assertEquals(LocalDate.of(2026, 3, 16), claim.dueDate());
        assertEquals(ClaimNature.COMMERCIAL_BETWEEN_MERCHANTS, claim.nature());
        assertEquals(Amount.EUR, claim.currency());
    }

    @Test
    void anExplicitDueDateWins() {
        Claim claim = valid().paymentTerms(PaymentTerms.daysFromInvoice(60)).dueDate(LocalDate.of(2026, 2, 1)).build();
        assertEquals(LocalDate.of(2026, 2, 1), claim.dueDate());
    }

    @Test
    void derivesTheNatureFromTheParties() {
        assertEquals(ClaimNature.PROFESSIONAL_TO_CONSUMER,
                Samples.invoiceToConsumer(LocalDate.of(2026, 1, 1)).nature());
        assertEquals(ClaimNature.CIVIL, ClaimNature.between(Samples.frenchConsumer(), Samples.frenchCompany()));
    }

    @Test
    void refusesADueDateBeforeTheIssueDate() {
        InvalidClaimException e = assertThrows(InvalidClaimException.class,
                () -> valid().dueDate(LocalDate.of(2026, 1, 1)).build());
        assertEquals("dueDate 2026-01-01 is before issueDate 2026-01-15", e.getMessage());
        assertEquals("dueDate", e.field());
    }

    @Test
    void refusesANonPositivePrincipal() {
        InvalidClaimException e = assertThrows(InvalidClaimException.class,
                () -> withoutPrincipal().principal(Amount.euros("-1")).dueDate(LocalDate.of(2026, 2, 1)).build());
        assertEquals("principal", e.field());
        assertTrue(e.getMessage().contains("must be positive"));
    }

    @Test
    void refusesMixedCurrencies() {
        Amount dollars = Amount.of(new BigDecimal("1000.00"), Currency.getInstance("USD"));
        InvalidClaimException e = assertThrows(InvalidClaimException.class, () -> valid()
                .dueDate(LocalDate.of(2026, 2, 1)).amountExcludingVat(dollars).build());
        assertEquals("amountExcludingVat", e.field());
        assertTrue(e.getMessage().contains("is not in the claim's currency EUR"), e.getMessage());
    }

    @Test
    void refusesInstalmentsThatDoNotAddUp() {
        InvalidClaimException e = assertThrows(InvalidClaimException.class, () -> valid()
                .dueDate(LocalDate.of(2026, 2, 1))
                .addInstalment(Instalment.of(LocalDate.of(2026, 2, 1), Amount.euros(600)))
                .addInstalment(Instalment.of(LocalDate.of(2026, 3, 1), Amount.euros(500)))
                .build());
        assertEquals("instalments", e.field());
        Claim ok = valid().dueDate(LocalDate.of(2026, 2, 1))
                .addAllInstalments(List.of(Instalment.of(LocalDate.of(2026, 2, 1), Amount.euros(600)),
                        Instalment.of(LocalDate.of(2026, 3, 1), Amount.euros(600))))
                .build();
        assertEquals(2, ok.instalments().size());
    }

    @Test
    void refusesANatureThePartiesCannotHave() {
        InvalidClaimException e = assertThrows(InvalidClaimException.class, () -> valid()
                .dueDate(LocalDate.of(2026, 2, 1)).nature(ClaimNature.PROFESSIONAL_TO_CONSUMER).build());
        assertEquals("nature", e.field());
    }

    @Test
    void refusesOtherContradictions() {
        assertThrows(InvalidClaimException.class, () -> valid().dueDate(LocalDate.of(2026, 2, 1))
                .amountIncludingVat(Amount.euros(1000)).amountExcludingVat(Amount.euros(1200)).build());
        assertThrows(InvalidClaimException.class, () -> valid().dueDate(LocalDate.of(2026, 2, 1))
                .contractualInterestRate(Rate.ofPercent("-1")).build());
        assertThrows(InvalidClaimException.class, () -> Claim.builder().reference(" ").creditor(Samples.frenchCompany())
                .debtor(Samples.frenchConsumer()).origin(ClaimOrigin.OTHER).principal(Amount.euros(1))
                .issueDate(LocalDate.of(2026, 1, 1)).dueDate(LocalDate.of(2026, 1, 1)).build());
        assertThrows(InvalidClaimException.class, () -> Instalment.of(LocalDate.of(2026, 1, 1), Amount.euros(0)));
        assertThrows(InvalidClaimException.class, () -> Evidence.of(EvidenceKind.INVOICE, ""));
    }

    @Test
    void namesMissingAttributes() {
        MissingValueException noDueDate = assertThrows(MissingValueException.class, () -> valid().build());
        assertTrue(noDueDate.missingAttributes().contains("dueDate"), noDueDate.getMessage());
        MissingValueException noPrincipal = assertThrows(MissingValueException.class, () -> Claim.builder()
                .reference("X").build());
        assertTrue(noPrincipal.getMessage().contains("principal"), noPrincipal.getMessage());
    }

    @Test
    void evidenceKnowsWhatEmanatesFromTheDebtor() {
        assertTrue(Evidence.of(EvidenceKind.PURCHASE_ORDER, "PO-1").emanatesFromDebtor());
        assertTrue(!Evidence.of(EvidenceKind.INVOICE, "INV-1").emanatesFromDebtor());
    }
}
