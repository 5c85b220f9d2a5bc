package org.recouvrement.interest;

/**
 * Something a reader of a statement line should know about its rate.
 */
public enum LineNote {

    /**
     * The contractual B2B rate is below three times the legal rate: the floor was applied instead (C. com.
     * art. L441-10 II).
     */
    FLOOR_APPLIED,

    /** The legal rate is increased by five points after a judgment (CMF art. L313-3). */
    JUDGMENT_INCREASE,

    /**
     * No rate is published for the period: the latest known rate was assumed, as the caller asked
     * ({@link UnknownRatePolicy#USE_LATEST_KNOWN_RATE}).
     */
    LATEST_KNOWN_RATE_ASSUMED
}
