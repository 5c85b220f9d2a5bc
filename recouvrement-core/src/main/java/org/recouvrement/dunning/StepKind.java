package org.recouvrement.dunning;

/**
 * What a dunning step does (<i>niveau de relance</i>). The kind decides whether the step is a contact with the debtor
 * (subject to the policy's spacing and cap), whether it ends the creditor's own dunning once executed, and whether a
 * person must validate it by default.
 */
public enum StepKind {
    /** A courteous reminder (<i>relance amiable</i>), before or shortly after the due date. Practice, not law. */
    COURTEOUS_REMINDER(true, false, false),
    /** A firm reminder (<i>relance ferme</i>) with a date to pay by. Practice, not law. */
    FIRM_REMINDER(true, false, false),
    /** A telephone call, as a task for a person. Practice, not law. */
    PHONE_CALL(true, false, false),
    /**
     * A formal notice (<i>mise en demeure</i>, C. civ. art. 1344), usually by registered letter: moratory interest at
     * the legal rate runs from it (C. civ. art. 1344-1); it does not interrupt limitation.
     */
    FORMAL_NOTICE(true, false, true),
    /** Hand-off of the claim to a collection agency; once executed, the creditor's own dunning ends. */
    COLLECTION_AGENCY_HANDOFF(false, true, true),
    /** Start of a recovery route (small-claims procedure, order for payment...); once executed, dunning ends. */
    RECOVERY_ROUTE(false, true, true),
    /** Proposal to write the claim off; once executed, the claim is treated as written off. */
    WRITE_OFF_PROPOSAL(false, true, true);

    private final boolean contact;
    private final boolean terminal;
    private final boolean validatedByDefault;

    StepKind(boolean contact, boolean terminal, boolean validatedByDefault) {
        this.contact = contact;
        this.terminal = terminal;
        this.validatedByDefault = validatedByDefault;
    }

    /**
     * Tells whether the step reaches the debtor (a reminder, a call, a formal notice): such steps count as contacts
     * for the minimum spacing and the cap of the policy.
     *
     * @return true for a contact with the debtor
     */
    public boolean isContact() {
        return contact;
    }

    /**
     * Tells whether executing the step ends the creditor's own dunning of the claim (hand-off, recovery route,
     * write-off). Steps after it are reached only if it is rejected or waived.
     *
     * @return true for a terminal kind
     */
    public boolean isTerminal() {
        return terminal;
    }

    /**
     * Tells whether a step of this kind needs a person's validation unless the policy says otherwise: true for the
     * formal notice and the terminal kinds.
     *
     * @return the default of {@link DunningStep#requiresValidation()}
     */
    public boolean requiresValidationByDefault() {
        return validatedByDefault;
    }
}
