package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.Objects;
import org.recouvrement.claim.Instalment;
import org.recouvrement.money.Amount;

/**
 * One instalment of a {@link PaymentPlan}: its due date, the part of the principal it repays, the interest it pays,
 * and their sum.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlannedInstalment {

    private final LocalDate dueDate;
    private final Amount principal;
    private final Amount interest;

    PlannedInstalment(LocalDate dueDate, Amount principal, Amount interest) {
        this.dueDate = dueDate;
        this.principal = principal;
        this.interest = interest;
    }

    /**
     * Returns the due date.
     *
     * @return the date the instalment falls due
     */
    public LocalDate dueDate() {
        return dueDate;
    }

    /**
     * Returns the part of the principal repaid.
     *
     * @return the principal part
     */
    public Amount principal() {
        return principal;
    }

    /**
     * Returns the interest paid with the instalment.
     *
     * @return the interest, zero without an agreed rate
     */
    public Amount interest() {
        return interest;
    }

    /**
     * Returns the amount to pay: principal part plus interest.
     *
     * @return the amount
     */
    public Amount amount() {
        return principal.plus(interest);
    }

    /**
     * Returns the instalment as the case timeline records it.
     *
     * @return the instalment
     */
    public Instalment toInstalment() {
        return Instalment.of(dueDate, amount());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PlannedInstalment other && dueDate.equals(other.dueDate)
                && principal.equals(other.principal) && interest.equals(other.interest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueDate, principal, interest);
    }

    /**
     * Returns a description such as {@code "2026-04-05 EUR 200.00 (principal EUR 197.00, interest EUR 3.00)"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return dueDate + " " + amount() + " (principal " + principal + ", interest " + interest + ")";
    }
}
