package org.recouvrement.claim;

/**
 * A kind of security a creditor holds, among the prevention measures practitioners recommend.
 */
public enum GuaranteeKind {
    /** A deposit paid on order (<i>acompte</i>). */
    DEPOSIT,
    /** A first-demand bank guarantee (<i>garantie bancaire à première demande</i>). */
    BANK_GUARANTEE,
    /** A personal surety (<i>cautionnement</i>, C. civ. art. 2288). */
    SURETY,
    /** A retention-of-title clause (<i>clause de réserve de propriété</i>, C. civ. art. 2367). */
    RETENTION_OF_TITLE,
    /** Credit insurance. */
    CREDIT_INSURANCE
}
