package org.recouvrement.claim;

/**
 * A kind of document proving a claim. Routes need some of them: an order for payment needs a contractual or
 * statutory cause shown by documents (CPC art. 1405, 1407); a Belgian summary order needs a writing emanating from
 * the debtor (C. jud. art. 1338).
 */
public enum EvidenceKind {
    /** A contract signed by the debtor. */
    SIGNED_CONTRACT,
    /** A purchase order from the debtor. */
    PURCHASE_ORDER,
    /** A quote accepted by the debtor. */
    ACCEPTED_QUOTE,
    /** A delivery note signed on receipt. */
    DELIVERY_NOTE,
    /** The invoice itself. */
    INVOICE,
    /** General terms of sale accepted by the debtor. */
    GENERAL_TERMS,
    /** E-mails or letters exchanged with the debtor. */
    CORRESPONDENCE,
    /** A written acknowledgement of the debt by the debtor. */
    ACKNOWLEDGEMENT_OF_DEBT,
    /** A bill of exchange or promissory note (<i>lettre de change</i>, <i>billet à ordre</i>). */
    BILL_OF_EXCHANGE,
    /** A report of completion or acceptance of works (<i>procès-verbal de réception</i>). */
    COMPLETION_REPORT,
    /** Any other document. */
    OTHER
}
