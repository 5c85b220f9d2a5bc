package org.recouvrement.interest;

/**
 * What to do when a statement reaches a date whose statutory rate is not published in the tables.
 */
public enum UnknownRatePolicy {

    /** Raise {@link UnknownStatutoryRateException}: the default. The library never guesses a rate on its own. */
    FAIL,

    /**
     * Use the latest known rate of the series for periods after its last publication, at the caller's explicit
     * request. Every such line carries {@link LineNote#LATEST_KNOWN_RATE_ASSUMED} and the statement's explanation says
     * which period was assumed. Dates before the first known rate still fail.
     */
    USE_LATEST_KNOWN_RATE
}
