package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;

/**
 * One of several debts a debtor owes the same creditor, as it stands when a payment arrives: what
 * {@link PaymentImputation} spreads a payment over (C. civ. art. 1342-10).
 *
 * <pre>{@code
 * OutstandingDebt invoice = OutstandingDebt.builder()
 *     .id("INV-2026-0042")
 *     .dueDate(LocalDate.of(2026, 2, 14))
 *     .principal(Amount.euros("1250.00"))
 *     .interest(Amount.euros("18.40"))
 *     .costs(Amount.euros("40.00"))
 *     .rate(Rate.ofPercent("12.15"))
 *     .build();
 * }</pre>
 *
 * {@link InterestCalculator#outstandingDebt(org.recouvrement.recovery.RecoveryCase, LocalDate, InterestOptions)}
 * builds one from a case file.
 */
@Value.Immutable
public abstract class OutstandingDebt {

    OutstandingDebt() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link OutstandingDebt}. Required: id, due date and principal.
     */
    public static final class Builder extends ImmutableOutstandingDebt.Builder {
        Builder() {
        }
    }

    /**
     * Returns the identifier of the debt, unique among the debts of one imputation: the invoice number, the case id.
     *
     * @return the identifier, not blank
     */
    public abstract String id();

    /**
     * Returns the date the debt fell or falls due. A debt is due on a payment date on or after it; due debts are
     * paid first. It also decides which debt is the oldest.
     *
     * @return the due date
     */
    public abstract LocalDate dueDate();

    /**
     * Returns the principal still owed.
     *
     * @return the principal, zero or more
     */
    public abstract Amount principal();

    /**
     * Returns the interest still owed, paid before costs and principal (C. civ. art. 1343-1).
     *
     * @return the interest; zero by default
     */
    @Value.Default
    public Amount interest() {
        return Amount.zero(principal().currency());
    }

    /**
     * Returns the costs still owed (recovery compensation), paid after interest and before principal.
     *
     * @return the costs; zero by default
     */
    @Value.Default
    public Amount costs() {
        return Amount.zero(principal().currency());
    }

    /**
     * Returns the rate of interest the debt bears: by default the debtor had the most interest in paying the debt
     * with the highest rate.
     *
     * @return the annual rate, if the debt bears interest
     */
    public abstract Optional<Rate> rate();

    /**
     * Returns everything still owed on the debt.
     *
     * @return principal, interest and costs
     */
    public Amount total() {
        return principal().plus(interest()).plus(costs());
    }

    /**
     * Tells whether the debt is due on a date.
     *
     * @param date the payment date
     * @return true if the due date is on or before it
     */
    public boolean isDueOn(LocalDate date) {
        return !dueDate().isAfter(date);
    }

    @Value.Check
    void check() {
        if (id().isBlank()) {
            throw new InvalidInterestRequestException("id", "''", "must not be blank");
        }
        check("principal", principal());
        check("interest", interest());
        check("costs", costs());
        rate().filter(Rate::isNegative).ifPresent(rate -> {
            throw new InvalidInterestRequestException("rate", rate, "must not be negative");
        });
    }

    private void check(String field, Amount amount) {
        if (amount.isNegative()) {
            throw new InvalidInterestRequestException(field, amount, "must not be negative");
        }
        if (!amount.currency().equals(principal().currency())) {
            throw new InvalidInterestRequestException(field, amount,
                    "is not in the principal's currency " + principal().currency().getCurrencyCode());
        }
    }
}
