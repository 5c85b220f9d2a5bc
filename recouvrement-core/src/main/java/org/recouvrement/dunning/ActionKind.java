package org.recouvrement.dunning;

/**
 * What a proposed action is.
 */
public enum ActionKind {
    /** Take a step of the policy: a reminder, a call, a formal notice, a hand-off, a route, a write-off proposal. */
    STEP,
    /**
     * File a proof of claim in insolvency proceedings (<i>déclaration de créance</i>, C. com. art. L622-24) before
     * its deadline; reminders are stayed.
     */
    PROOF_OF_CLAIM,
    /** Declare the balance of a payment plan due at once after a missed instalment (<i>déchéance du terme</i>). */
    ACCELERATION,
    /** Close a time-barred claim: it may no longer be demanded; no reminder, no threat. */
    CLOSE_TIME_BARRED,
    /** Every step of the policy was passed and the claim is still unpaid: a person must decide what follows. */
    POLICY_EXHAUSTED,
    /**
     * The next step requires a larger outstanding amount than the claim's: a person must waive the step (recording
     * {@code StepWaived}) or decide what follows. The step is never skipped silently.
     */
    BELOW_STEP_MINIMUM
}
