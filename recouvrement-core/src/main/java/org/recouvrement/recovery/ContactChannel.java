package org.recouvrement.recovery;

/**
 * How a communication reached, or will reach, the debtor.
 */
public enum ContactChannel {
    /** E-mail. */
    EMAIL,
    /** Ordinary letter. */
    LETTER,
    /** Registered letter with acknowledgement of receipt (<i>lettre recommandée avec accusé de réception</i>). */
    REGISTERED_LETTER,
    /** Telephone call. */
    PHONE,
    /** Service by a judicial officer (<i>signification par commissaire de justice</i>). */
    JUDICIAL_OFFICER
}
