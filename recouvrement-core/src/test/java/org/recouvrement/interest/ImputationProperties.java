package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.money.Amount;
import org.recouvrement.testing.InterestArbitraries;

/**
 * Invariants of the imputation of a payment over several debts (C. civ. art. 1342-10, 1343-1).
 */
class ImputationProperties {

    private static final LocalDate PAID = LocalDate.of(2025, 6, 15);

    @Provide
    Arbitrary<List<OutstandingDebt>> debts() {
        return InterestArbitraries.debts();
    }

    @Provide
    Arbitrary<Amount> payments() {
        return InterestArbitraries.euros(1, 3_000_000L);
    }

    @Property(tries = 500)
    void imputationConservesMoney(@ForAll("debts") List<OutstandingDebt> debts, @ForAll("payments") Amount payment) {
        Imputation imputation = PaymentImputation.impute(payment, PAID, debts);
        assertEquals(payment, imputation.allocated().plus(imputation.unallocated()));
        assertFalse(imputation.unallocated().isNegative());
        for (DebtAllocation allocation : imputation.allocations()) {
            OutstandingDebt debt = debts.stream().filter(d -> d.id().equals(allocation.debtId())).findFirst()
                    .orElseThrow();
            for (Amount part : List.of(allocation.toInterest(), allocation.toCosts(), allocation.toPrincipal())) {
                assertFalse(part.isNegative());
            }
            assertFalse(allocation.toInterest().isGreaterThan(debt.interest()));
            assertFalse(allocation.toCosts().isGreaterThan(debt.costs()));
            assertFalse(allocation.toPrincipal().isGreaterThan(debt.principal()));
            // Interest first, then costs, then principal (C. civ. 1343-1).
            if (allocation.toCosts().isPositive() || allocation.toPrincipal().isPositive()) {
                assertEquals(debt.interest(), allocation.toInterest());
            }
            if (allocation.toPrincipal().isPositive()) {
                assertEquals(debt.costs(), allocation.toCosts());
            }
        }
        Amount owed = debts.stream().map(OutstandingDebt::total).reduce(Amount.zero(Amount.EUR), Amount::plus);
        assertEquals(payment.min(owed), imputation.allocated());
    }

    @Property(tries = 300)
    void dueDebtsArePaidInFullBeforeAnyDebtNotYetDue(@ForAll("debts") List<OutstandingDebt> debts,
            @ForAll("payments") Amount payment) {
        Imputation imputation = PaymentImputation.impute(payment, PAID, debts);
        boolean notDueServed = debts.stream().filter(d -> !d.isDueOn(PAID))
                .anyMatch(d -> imputation.allocationTo(d.id()).isPresent());
        if (notDueServed) {
            for (OutstandingDebt due : debts.stream().filter(d -> d.isDueOn(PAID)).toList()) {
                assertEquals(due.total(), imputation.allocationTo(due.id()).map(DebtAllocation::total)
                        .orElse(Amount.zero(Amount.EUR)));
            }
        }
        assertTrue(imputation.allocations().size() <= debts.size());
    }
}
