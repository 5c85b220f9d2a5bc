package org.recouvrement.recovery;

/**
 * An amicable dispute-resolution process that suspends limitation while it lasts (C. civ. art. 2238).
 */
public enum AmicableProcess {
    /** Mediation (<i>médiation</i>). */
    MEDIATION,
    /** Conciliation, for example before a <i>conciliateur de justice</i>. */
    CONCILIATION,
    /** Participatory procedure (<i>procédure participative</i>, C. civ. art. 2062). */
    PARTICIPATORY_PROCEDURE
}
