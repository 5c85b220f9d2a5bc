package org.recouvrement.deadline;

/**
 * Which way a time limit is counted from the event that anchors it.
 */
public enum Direction {

    /**
     * The act must be done within the time limit after the event (<i>délai</i> counted forwards): "one month from
     * service". An expiry on a non-working day moves to the next working day (CPC art. 642 al. 2).
     */
    FORWARD,

    /**
     * The act must be done at least the time limit before the event (<i>délai à rebours</i>): "at least fifteen days
     * before the hearing". CPC art. 642 does not extend such a time limit: a last day that is not a working day is
     * advanced to the previous working day.
     */
    BACKWARD
}
