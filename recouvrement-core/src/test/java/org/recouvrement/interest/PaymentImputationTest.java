package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * Imputation of payments, C. civ. art. 1342-10 and 1343-1.
 */
class PaymentImputationTest {

    private static final LocalDate PAID = LocalDate.of(2026, 3, 1);

    private static OutstandingDebt debt(String id, LocalDate due, String principal, String interest, String rate) {
        OutstandingDebt.Builder builder = OutstandingDebt.builder().id(id).dueDate(due)
                .principal(Amount.euros(principal)).interest(Amount.euros(interest));
        if (rate != null) {
            builder.rate(Rate.ofPercent(rate));
        }
        return builder.build();
    }

    @Test
    @DisplayName("C. civ. 1343-1, example of LEGAL-REFERENCE §4.2: debt 20,000 € + 3,000 € interest, payment 18,000 € → "
            + "3,000 € to interest, 15,000 € to capital, 5,000 € remain "
            + "(https://aurelienbamde.com/2022/11/08/limputation-du-paiement-en-presence-dobligations-de-sommes-dargent/)")
    void interestFirst() {
        Imputation imputation = PaymentImputation.impute(Amount.euros("18000.00"), PAID,
                List.of(debt("D", PAID.minusYears(1), "20000.00", "3000.00", null)));
        DebtAllocation allocation = imputation.allocationTo("D").orElseThrow();
        assertEquals(Amount.euros("3000.00"), allocation.toInterest());
        assertEquals(Amount.euros("15000.00"), allocation.toPrincipal());
        assertEquals(Amount.euros("20000.00").minus(allocation.toPrincipal()), Amount.euros("5000.00"));
        assertEquals(ImputationGround.NO_COMPETING_DEBT, allocation.ground());
    }

    @Test
    @DisplayName("The debtor's designation comes first (C. civ. 1342-10 al. 1)")
    void designation() {
        Imputation imputation = PaymentImputation.impute(Amount.euros("500.00"), PAID,
                List.of(debt("OLD", PAID.minusYears(2), "1000.00", "0", "10"),
                        debt("NEW", PAID.minusDays(10), "1000.00", "0", "2")),
                ImputationInstructions.builder().addDesignatedDebt("NEW").build());
        assertEquals(List.of("NEW"), imputation.allocations().stream().map(DebtAllocation::debtId).toList());
        assertEquals(ImputationGround.DEBTOR_DESIGNATION, imputation.allocations().get(0).ground());
    }

    @Test
    @DisplayName("Due debts before debts not yet due (C. civ. 1342-10 al. 2)")
    void dueDebtsFirst() {
        Imputation imputation = PaymentImputation.impute(Amount.euros("1200.00"), PAID,
                List.of(debt("LATER", PAID.plusDays(30), "1000.00", "0", "20"),
                        debt("DUE", PAID, "1000.00", "0", "1")));
        assertEquals(Amount.euros("1000.00"), imputation.allocationTo("DUE").orElseThrow().total());
        assertEquals(ImputationGround.DUE_DEBTS_FIRST, imputation.allocationTo("DUE").orElseThrow().ground());
        assertEquals(Amount.euros("200.00"), imputation.allocationTo("LATER").orElseThrow().total());
    }

    @Test
    @DisplayName("Among due debts, the one the debtor had most interest in paying: by default the highest rate")
    void greatestInterestByRate() {
        Imputation imputation = PaymentImputation.impute(Amount.euros("700.00"), PAID,
                List.of(debt("LOW", PAID.minusYears(1), "1000.00", "0", "3"),
                        debt("HIGH", PAID.minusDays(5), "1000.00", "0", "12.15")));
        assertEquals(Amount.euros("700.00"), imputation.allocationTo("HIGH").orElseThrow().total());
        assertEquals(ImputationGround.GREATEST_INTEREST, imputation.allocationTo("HIGH").orElseThrow().ground());
        assertTrue(imputation.allocationTo("LOW").isEmpty());
    }

    @Test
    @DisplayName("The caller's judgment of the debtor's interest overrides the default by rate")
    void greatestInterestByCaller() {
        Imputation imputation = PaymentImputation.impute(Amount.euros("700.00"), PAID,
                List.of(debt("SECURED", PAID.minusYears(1), "1000.00", "0", "3"),
                        debt("HIGH", PAID.minusDays(5), "1000.00", "0", "12.15")),
                ImputationInstructions.builder().addPreferredDebt("SECURED").build());
        assertEquals(Amount.euros("700.00"), imputation.allocationTo("SECURED").orElseThrow().total());
    }

    @Test
    @DisplayName("Equal interest: the oldest debt first")
    void oldestFirst() {
        Imputation imputation = PaymentImputation.impute(Amount.euros("1500.00"), PAID,
                List.of(debt("B", PAID.minusDays(10), "1000.00", "0", "5"),
                        debt("A", PAID.minusDays(40), "1000.00", "0", "5")));
        assertEquals(List.of("A", "B"), imputation.allocations().stream().map(DebtAllocation::debtId).toList());
        assertEquals(ImputationGround.OLDEST, imputation.allocationTo("A").orElseThrow().ground());
        assertEquals(Amount.euros("500.00"), imputation.allocationTo("B").orElseThrow().total());
    }

    @Test
    @DisplayName("All else equal, proportionally to the sums owed, to the cent")
    void proportional() {
        Imputation imputation = PaymentImputation.impute(Amount.euros("100.00"), PAID,
                List.of(debt("X", PAID, "100.00", "0", null), debt("Y", PAID, "200.00", "0", null),
                        debt("Z", PAID, "300.00", "0", null)));
        assertEquals(Amount.euros("16.67"), imputation.allocationTo("X").orElseThrow().total());
        assertEquals(Amount.euros("33.33"), imputation.allocationTo("Y").orElseThrow().total());
        assertEquals(Amount.euros("50.00"), imputation.allocationTo("Z").orElseThrow().total());
        assertEquals(Amount.euros("100.00"), imputation.allocated());
        assertTrue(imputation.allocations().stream().allMatch(a -> a.ground() == ImputationGround.PROPORTIONAL));
    }

    @Test
    @DisplayName("Within each debt, interest then costs then principal; a surplus stays unallocated")
    void withinDebtAndSurplus() {
        OutstandingDebt invoice = OutstandingDebt.builder().id("INV").dueDate(PAID).principal(Amount.euros("100.00"))
                .interest(Amount.euros("5.00")).costs(Amount.euros("40.00")).build();
        Imputation imputation = PaymentImputation.impute(Amount.euros("200.00"), PAID, List.of(invoice));
        DebtAllocation allocation = imputation.allocationTo("INV").orElseThrow();
        assertEquals(Amount.euros("5.00"), allocation.toInterest());
        assertEquals(Amount.euros("40.00"), allocation.toCosts());
        assertEquals(Amount.euros("100.00"), allocation.toPrincipal());
        assertEquals(Amount.euros("55.00"), imputation.unallocated());
        assertEquals(imputation.payment(), imputation.allocated().plus(imputation.unallocated()));
    }

    @Test
    @DisplayName("Debts from case files: the outstanding debt carries the statement's principal, interest, costs and rate")
    void fromCaseFiles() {
        InterestCalculator calculator = InterestCalculator.of(StatutoryRates.builtIn());
        RecoveryCase first = RecoveryCase.of(Samples.invoiceBetweenMerchants(LocalDate.of(2025, 11, 1)));
        OutstandingDebt debt = calculator.outstandingDebt(first, LocalDate.of(2026, 3, 1), InterestOptions.defaults());
        assertEquals(first.id(), debt.id());
        assertEquals(Amount.euros("1000.00"), debt.principal());
        assertEquals(Amount.euros("40.00"), debt.costs());
        assertEquals(Rate.ofPercent("12.15"), debt.rate().orElseThrow());
        assertTrue(debt.interest().isPositive());
        RecoveryCase paid = first.withEvent(new CaseEvent.PaymentReceived(LocalDate.of(2026, 3, 1), debt.total()));
        assertEquals(Amount.zero(Amount.EUR), calculator.statement(paid, LocalDate.of(2026, 3, 1)).balance());
    }

    @Test
    @DisplayName("Unknown ids in the instructions and repeated ids are refused")
    void badInstructions() {
        List<OutstandingDebt> debts = List.of(debt("A", PAID, "1", "0", null));
        assertThrows(InvalidInterestRequestException.class, () -> PaymentImputation.impute(Amount.euros("1"), PAID,
                debts, ImputationInstructions.builder().addDesignatedDebt("B").build()));
        assertThrows(InvalidInterestRequestException.class, () -> PaymentImputation.impute(Amount.euros("1"), PAID,
                debts, ImputationInstructions.builder().addPreferredDebt("B").build()));
        assertThrows(InvalidInterestRequestException.class, () -> PaymentImputation.impute(Amount.euros("1"), PAID,
                List.of(debt("A", PAID, "1", "0", null), debt("A", PAID, "2", "0", null))));
    }
}
