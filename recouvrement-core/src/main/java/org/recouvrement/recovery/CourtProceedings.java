package org.recouvrement.recovery;

/**
 * The kind of court action brought to recover a claim.
 */
public enum CourtProceedings {
    /** Request for an order for payment (<i>requête en injonction de payer</i>, CPC art. 1405 s.). */
    ORDER_FOR_PAYMENT,
    /** Summary proceedings for an interim payment (<i>référé-provision</i>, CPC art. 835 al. 2, 873 al. 2). */
    INTERIM_PAYMENT_SUMMARY_PROCEEDINGS,
    /** Proceedings on the merits (<i>assignation au fond</i>). */
    PROCEEDINGS_ON_THE_MERITS,
    /** European order for payment (Reg. (EC) No 1896/2006). */
    EUROPEAN_ORDER_FOR_PAYMENT,
    /** European small claims procedure (Reg. (EC) No 861/2007). */
    EUROPEAN_SMALL_CLAIMS,
    /** Belgian summary order for payment (C. jud. art. 1338 s.). */
    BELGIAN_SUMMARY_ORDER_FOR_PAYMENT,
    /** Belgian ordinary summons (<i>citation</i>, C. jud. art. 700 s.). */
    BELGIAN_SUMMONS
}
