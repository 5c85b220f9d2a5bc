package org.recouvrement.dunning;

/**
 * The date a step's trigger counts from.
 */
public enum Anchor {
    /** The claim's due date, or the new due date after a postponement. Negative offsets give pre-due reminders. */
    DUE_DATE,
    /** The day the previous step was passed: executed, rejected or waived. */
    PREVIOUS_STEP
}
