package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.Objects;
import org.recouvrement.money.Amount;

/**
 * Interest added to the base on a date (<i>capitalisation des intérêts</i>, C. civ. art. 1343-2): interest due for a
 * whole year, which bears interest from {@link #date()}. Immutable.
 */
public final class CapitalisedInterest {

    private final LocalDate date;
    private final Amount amount;

    CapitalisedInterest(LocalDate date, Amount amount) {
        this.date = date;
        this.amount = amount;
    }

    /**
     * Returns the first day on which the capitalised interest bears interest.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the interest capitalised.
     *
     * @return the amount
     */
    public Amount amount() {
        return amount;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CapitalisedInterest other && date.equals(other.date) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, amount);
    }

    @Override
    public String toString() {
        return amount + " capitalised from " + date;
    }
}
