package org.recouvrement.claim;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.recouvrement.money.Amount;

/**
 * One instalment (<i>échéance</i>) of a debt payable in several parts: its due date and amount. For limitation,
 * each instalment's period runs from its own due date (C. civ. art. 2224, 2233).
 */
@Value.Immutable
public abstract class Instalment {

    Instalment() {
    }

    /**
     * Returns an instalment.
     *
     * @param dueDate the date it falls due
     * @param amount the amount due, positive
     * @return the instalment
     */
    public static Instalment of(LocalDate dueDate, Amount amount) {
        return ImmutableInstalment.of(dueDate, amount);
    }

    /**
     * Returns the due date.
     *
     * @return the date the instalment falls due
     */
    @Value.Parameter
    public abstract LocalDate dueDate();

    /**
     * Returns the amount.
     *
     * @return the amount due
     */
    @Value.Parameter
    public abstract Amount amount();

    @Value.Check
    void check() {
        if (!amount().isPositive()) {
            throw new InvalidClaimException("instalment.amount", amount(), "must be positive");
        }
    }
}
