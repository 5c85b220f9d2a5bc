package org.recouvrement.dunning;

/**
 * Why the dunning of a claim is paused. Pauses concern one claim only: a dispute on one invoice does not pause the
 * reminders of the debtor's other invoices.
 */
public enum PauseReason {
    /** The debtor disputes the claim ({@code DisputeOpened} without a later {@code DisputeClosed}). */
    DISPUTE,
    /** The debtor promised to pay by a date that has not passed. */
    PROMISE_TO_PAY,
    /** A payment plan is being honoured. */
    PAYMENT_PLAN,
    /** A mediation, conciliation or participatory procedure is under way (C. civ. art. 2238). */
    AMICABLE_PROCESS,
    /** The debtor accepted the simplified small-claims procedure (CPCE art. L125-1). */
    SMALL_CLAIMS_PROCEDURE,
    /** The creditor cannot act by reason of an impediment (C. civ. art. 2234). */
    IMPEDIMENT,
    /** A court action is pending, or a decision was rendered: enforcement, not dunning, follows. */
    COURT_PROCEEDINGS,
    /** Insolvency proceedings stay individual actions (C. com. art. L622-21); only the proof of claim is proposed. */
    INSOLVENCY
}
