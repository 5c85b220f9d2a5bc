package org.recouvrement.letters;

/**
 * The kind of an amount a letter claims besides principal and interest.
 */
public enum ChargeKind {
    /**
     * The fixed compensation for recovery costs (<i>indemnité forfaitaire pour frais de recouvrement</i>), 40 € per
     * invoice, owed by a professional debtor without any reminder (C. com. art. L441-10 II, D441-5).
     */
    FIXED_RECOVERY_COMPENSATION,
    /** The amount of a penalty clause of the contract (<i>clause pénale</i>, C. civ. art. 1231-5). */
    PENALTY_CLAUSE,
    /**
     * Damages a Belgian consumer owes under a penalty clause after the first reminder, within the caps of book XIX
     * of the Belgian Code of economic law (<i>clause indemnitaire</i>).
     */
    CONSUMER_DAMAGES,
    /**
     * Costs of amicable recovery (<i>frais de recouvrement</i>). Without an enforceable title they remain with the
     * creditor (CPCE art. L111-8 al. 2): a collection agency's letter may not claim them.
     */
    RECOVERY_COSTS,
    /** Any other accessory amount the caller can justify, described in the line. */
    OTHER
}
