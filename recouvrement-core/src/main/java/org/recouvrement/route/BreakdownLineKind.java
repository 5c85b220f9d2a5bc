package org.recouvrement.route;

/**
 * The kind of an element in the breakdown of the amount claimed (<i>décompte des différents éléments de la
 * créance</i>, CPC art. 1407): what is added to the principal, and what is deducted from it.
 */
public enum BreakdownLineKind {
    /** The principal of the claim (<i>principal</i>), as invoiced or agreed. */
    PRINCIPAL(false),
    /** The credit notes issued against the principal (<i>avoirs</i>). */
    CREDIT_NOTE(true),
    /**
     * The late-payment interest or penalties (<i>intérêts moratoires</i>, <i>pénalités de retard</i>), C. civ.
     * art. 1231-6, 1344-1 or C. com. art. L441-10.
     */
    INTEREST(false),
    /**
     * The fixed compensation for recovery costs (<i>indemnité forfaitaire pour frais de recouvrement</i>), C. com.
     * art. L441-10, D441-5.
     */
    RECOVERY_COMPENSATION(false),
    /** The sum a penalty clause stipulates (<i>clause pénale</i>), C. civ. art. 1231-5. */
    PENALTY_CLAUSE(false),
    /** A payment received from the debtor (<i>acompte</i>, <i>règlement partiel</i>), imputed under C. civ. 1343-1. */
    PAYMENT(true);

    private final boolean deduction;

    BreakdownLineKind(boolean deduction) {
        this.deduction = deduction;
    }

    /**
     * Tells whether lines of this kind are deducted from the amount claimed.
     *
     * @return true for credit notes and payments
     */
    public boolean isDeduction() {
        return deduction;
    }
}
