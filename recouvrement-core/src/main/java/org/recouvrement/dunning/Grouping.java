package org.recouvrement.dunning;

/**
 * How the steps due on a day for several claims of the same debtor (and the same creditor) are grouped into
 * communications.
 */
public enum Grouping {
    /** One communication per claim and step. */
    PER_CLAIM,
    /**
     * One communication per debtor: every claim due for a step that day is listed, each at its own level; the
     * communication takes the tone, channels and template of the most advanced step among them.
     */
    PER_DEBTOR,
    /** One communication per debtor and step: the claims due for the same step that day are listed together. */
    PER_DEBTOR_AND_STEP
}
