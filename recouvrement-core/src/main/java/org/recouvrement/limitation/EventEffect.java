package org.recouvrement.limitation;

/**
 * What an event of the case did to the limitation period.
 */
public enum EventEffect {
    /** The period was interrupted: the time run is erased and a new period of the same length runs from the event (C. civ. art. 2231). */
    INTERRUPTED,
    /** The period is interrupted until the proceedings the event started come to an end (C. civ. art. 2241, 2242). */
    INTERRUPTED_UNTIL_PROCEEDINGS_END,
    /** The proceedings ended: a new full period runs from the event (C. civ. art. 2231, 2242). */
    PERIOD_RESTARTED,
    /** The clock stopped; the time already run is kept (C. civ. art. 2230). */
    SUSPENDED,
    /** The clock runs again after a suspension, for the time that was left (and at least six months after a mediation, the small-claims procedure or a measure of inquiry, C. civ. art. 2238, 2239). */
    RESUMED,
    /** The day the period runs from moved: an acceleration, a postponed due date, or for consumer credit a regularisation or a rescheduling. */
    START_MOVED,
    /** A decision served on the debtor: the enforcement period of the title runs from the service (CPCE art. L111-4). */
    TITLE_PERIOD_STARTED,
    /** The interruption by a court action is void: the action was withdrawn, lapsed or finally dismissed (C. civ. art. 2243). */
    VOIDED,
    /** The event neither interrupts nor suspends the period (a reminder, a formal notice...). */
    NO_EFFECT,
    /** The period had already run out: the event does not revive the claim. */
    AFTER_EXPIRY;

    private static final EventEffect[] ALL = values();

    /**
     * Returns the effect with a given ordinal.
     *
     * @param ordinal the ordinal
     * @return the effect
     */
    static EventEffect ofOrdinal(int ordinal) {
        return ALL[ordinal];
    }
}
