package org.recouvrement.dunning;

/**
 * Where a claim stands in its dunning on the date of a decision.
 */
public enum DunningStatus {
    /** Dunning runs: a step is scheduled, due, deferred by the contact rules, or a decision is proposed. */
    ACTIVE(false),
    /** Dunning is paused: dispute, promise to pay, payment plan, mediation, proceedings, insolvency... */
    PAUSED(false),
    /** The principal is paid (or credited) in full. */
    PAID(true),
    /** The claim was written off. */
    WRITTEN_OFF(true),
    /** The claim was handed off to a collection agency. */
    HANDED_OFF(true),
    /** A recovery route was started by a step of the policy. */
    ROUTE_STARTED(true),
    /** The claim is time-barred: the decision proposes to close it, never to threaten. */
    TIME_BARRED(true),
    /** Every step of the policy was passed (or the next one is not taken for the amount) and a person was told. */
    EXHAUSTED(true);

    private final boolean terminal;

    DunningStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /**
     * Tells whether the status ends the dunning of the claim: no step is proposed any more.
     *
     * @return true for a terminal status
     */
    public boolean isTerminal() {
        return terminal;
    }
}
