package org.recouvrement.limitation;

/**
 * Where a claim stands with its limitation or preclusive period on the date asked about.
 */
public enum LimitationStatus {
    /**
     * The period has not started: the claim (or the instalment) is not due yet, and limitation does not run against
     * a claim before its term (C. civ. art. 2233).
     */
    NOT_YET_RUNNING,
    /** The period is running; the claim can still be acted upon until the end of its last day. */
    RUNNING,
    /**
     * The clock is stopped by a suspension (C. civ. art. 2230): a mediation, a conciliation, a participatory
     * procedure, the small-claims procedure, a measure of inquiry or an impediment. The time already run is kept.
     */
    SUSPENDED,
    /**
     * A court action or a proof of claim interrupts the period until the proceedings end (C. civ. art. 2242); a new
     * full period will run from their end.
     */
    PROCEEDINGS_PENDING,
    /** The period has run out: the claim is time-barred (or, for a preclusive period, the action is foreclosed). */
    EXPIRED
}
