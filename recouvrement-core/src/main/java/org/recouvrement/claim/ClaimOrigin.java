package org.recouvrement.claim;

/**
 * Where a claim comes from.
 */
public enum ClaimOrigin {
    /** An invoice for goods or services (<i>facture</i>). */
    INVOICE,
    /** A contract other than a loan: lease, subscription, service agreement. */
    CONTRACT,
    /** A loan or credit agreement, repaid by instalments. */
    LOAN,
    /** A court decision or another enforceable title ordering payment. */
    JUDGMENT,
    /** Any other cause: unjust enrichment, tort, statutory obligation. */
    OTHER
}
