package org.recouvrement.interest;

import java.util.Objects;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;

/**
 * The part of a payment imputed to one debt, split between its interest, costs and principal (C. civ.
 * art. 1343-1), and the ground of C. civ. art. 1342-10 that sent it there. Immutable.
 */
public final class DebtAllocation {

    private final String debtId;
    private final Amount toInterest;
    private final Amount toCosts;
    private final Amount toPrincipal;
    private final ImputationGround ground;
    private final Reason reason;

    DebtAllocation(String debtId, Amount toInterest, Amount toCosts, Amount toPrincipal, ImputationGround ground,
            Reason reason) {
        this.debtId = debtId;
        this.toInterest = toInterest;
        this.toCosts = toCosts;
        this.toPrincipal = toPrincipal;
        this.ground = ground;
        this.reason = reason;
    }

    /**
     * Returns the identifier of the debt.
     *
     * @return the debt's id
     */
    public String debtId() {
        return debtId;
    }

    /**
     * Returns the part imputed to the debt's interest.
     *
     * @return the amount, zero or more
     */
    public Amount toInterest() {
        return toInterest;
    }

    /**
     * Returns the part imputed to the debt's costs.
     *
     * @return the amount, zero or more
     */
    public Amount toCosts() {
        return toCosts;
    }

    /**
     * Returns the part imputed to the debt's principal.
     *
     * @return the amount, zero or more
     */
    public Amount toPrincipal() {
        return toPrincipal;
    }

    /**
     * Returns the whole part imputed to the debt.
     *
     * @return interest, costs and principal
     */
    public Amount total() {
        return toInterest.plus(toCosts).plus(toPrincipal);
    }

    /**
     * Returns the ground that sent the money to this debt.
     *
     * @return the ground
     */
    public ImputationGround ground() {
        return ground;
    }

    /**
     * Returns the ground as a sentence with its legal reference.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DebtAllocation other
                && debtId.equals(other.debtId) && toInterest.equals(other.toInterest)
                && toCosts.equals(other.toCosts) && toPrincipal.equals(other.toPrincipal) && ground == other.ground
                && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(debtId, toInterest, toCosts, toPrincipal, ground);
    }

    @Override
    public String toString() {
        return debtId + ": " + total() + " (interest " + toInterest.value() + ", costs " + toCosts.value()
                + ", principal " + toPrincipal.value() + ") " + ground;
    }
}
