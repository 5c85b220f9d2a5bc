package org.recouvrement.recovery;

/**
 * The kind of decision a court (or a judicial officer) rendered on the claim.
 */
public enum DecisionKind {
    /** An order for payment (<i>ordonnance d'injonction de payer</i>). */
    ORDER_FOR_PAYMENT,
    /** A summary order (<i>ordonnance de référé</i>). */
    SUMMARY_ORDER,
    /** A judgment on the merits. */
    JUDGMENT,
    /** A European order for payment, declared enforceable. */
    EUROPEAN_ORDER_FOR_PAYMENT,
    /** A title issued by a judicial officer at the end of the simplified small-claims procedure (CPCE art. L125-1). */
    SMALL_CLAIMS_TITLE
}
