package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.Objects;
import org.recouvrement.money.Amount;

/**
 * Where one payment went (<i>imputation du paiement</i>, C. civ. art. 1343-1): first to the interest due, then to
 * the costs, then to capitalised interest, then to the principal; what remains was not owed.
 *
 * <p>The parts always add up to the amount paid. Immutable.
 */
public final class ImputedPayment {

    private final LocalDate date;
    private final Amount amount;
    private final Amount toInterest;
    private final Amount toCosts;
    private final Amount toCapitalisedInterest;
    private final Amount toPrincipal;
    private final Amount unapplied;

    ImputedPayment(LocalDate date, Amount amount, Amount toInterest, Amount toCosts, Amount toCapitalisedInterest,
            Amount toPrincipal, Amount unapplied) {
        this.date = date;
        this.amount = amount;
        this.toInterest = toInterest;
        this.toCosts = toCosts;
        this.toCapitalisedInterest = toCapitalisedInterest;
        this.toPrincipal = toPrincipal;
        this.unapplied = unapplied;
    }

    /**
     * Returns the date of the payment.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the amount paid.
     *
     * @return the amount
     */
    public Amount amount() {
        return amount;
    }

    /**
     * Returns the part imputed to interest accrued and not capitalised.
     *
     * @return the part paid on interest
     */
    public Amount toInterest() {
        return toInterest;
    }

    /**
     * Returns the part imputed to costs (recovery compensation).
     *
     * @return the part paid on costs
     */
    public Amount toCosts() {
        return toCosts;
    }

    /**
     * Returns the part imputed to interest that had been capitalised.
     *
     * @return the part paid on capitalised interest
     */
    public Amount toCapitalisedInterest() {
        return toCapitalisedInterest;
    }

    /**
     * Returns the part imputed to the principal.
     *
     * @return the part paid on principal
     */
    public Amount toPrincipal() {
        return toPrincipal;
    }

    /**
     * Returns the part that exceeded everything owed.
     *
     * @return the overpayment, usually zero
     */
    public Amount unapplied() {
        return unapplied;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ImputedPayment other
                && date.equals(other.date) && amount.equals(other.amount) && toInterest.equals(other.toInterest)
                && toCosts.equals(other.toCosts) && toCapitalisedInterest.equals(other.toCapitalisedInterest)
                && toPrincipal.equals(other.toPrincipal) && unapplied.equals(other.unapplied);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, amount, toInterest, toCosts, toCapitalisedInterest, toPrincipal, unapplied);
    }

    @Override
    public String toString() {
        return date + " " + amount + ": interest " + toInterest.value() + ", costs " + toCosts.value()
                + ", capitalised interest " + toCapitalisedInterest.value() + ", principal " + toPrincipal.value()
                + ", unapplied " + unapplied.value();
    }
}
