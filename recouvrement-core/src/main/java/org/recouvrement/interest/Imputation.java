package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Explanation;
import org.recouvrement.money.Amount;

/**
 * Where a payment over several debts went (<i>imputation des paiements</i>, C. civ. art. 1342-10 and 1343-1): one
 * {@link DebtAllocation} per debt that received money, in the order they were served, and what was left over.
 *
 * <p>The allocations and the unallocated remainder always add up to the payment; no part is negative and no debt
 * receives more than it owed. Immutable.
 */
@Value.Immutable
public abstract class Imputation {

    Imputation() {
    }

    /**
     * Returns the payment imputed.
     *
     * @return the amount paid
     */
    public abstract Amount payment();

    /**
     * Returns the date of the payment.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns the allocations, in the order the debts were served; debts that received nothing are left out.
     *
     * @return the allocations
     */
    public abstract List<DebtAllocation> allocations();

    /**
     * Returns the part of the payment that exceeded every debt.
     *
     * @return the remainder, usually zero
     */
    public abstract Amount unallocated();

    /**
     * Returns the rules applied, with their references.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /**
     * Returns the allocation to one debt.
     *
     * @param debtId the debt's identifier
     * @return the allocation, or empty if the debt received nothing
     */
    public Optional<DebtAllocation> allocationTo(String debtId) {
        for (DebtAllocation allocation : allocations()) {
            if (allocation.debtId().equals(debtId)) {
                return Optional.of(allocation);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the part of the payment imputed to debts.
     *
     * @return the sum of the allocations
     */
    public Amount allocated() {
        Amount total = Amount.zero(payment().currency());
        for (DebtAllocation allocation : allocations()) {
            total = total.plus(allocation.total());
        }
        return total;
    }
}
