package org.recouvrement.letters;

/**
 * The kinds of document the module renders. Each has a {@linkplain #slug() slug} that names its template files.
 */
public enum DocumentKind {
    /** Courteous reminder (<i>relance amiable</i>), shortly after the due date. Practice, not law. */
    COURTEOUS_REMINDER("courteous-reminder"),
    /** Firm reminder (<i>relance ferme</i>), with a date to pay by. Practice, not law. */
    FIRM_REMINDER("firm-reminder"),
    /** Formal notice (<i>mise en demeure</i>), C. civ. art. 1344, sent by registered letter. */
    FORMAL_NOTICE("formal-notice"),
    /**
     * Belgian consumer's first reminder (<i>premier rappel</i> / <i>eerste herinnering</i>), free of charge, CDE
     * book XIX.
     */
    CONSUMER_FIRST_REMINDER("consumer-first-reminder"),
    /** Letter of a collection agency to the debtor, CPCE art. R124-4. */
    COLLECTION_AGENCY_LETTER("collection-agency-letter"),
    /** Proposal of a payment plan (<i>proposition d'échéancier</i>). */
    PAYMENT_PLAN_PROPOSAL("payment-plan-proposal"),
    /** Payment plan agreement (<i>protocole d'échéancier</i>), signed by both parties. */
    PAYMENT_PLAN_AGREEMENT("payment-plan-agreement"),
    /** Acknowledgement of debt form (<i>reconnaissance de dette</i>), C. civ. art. 1376 and 2240. */
    ACKNOWLEDGEMENT_OF_DEBT("acknowledgement-of-debt"),
    /** Request for an order for payment (<i>requête en injonction de payer</i>), CPC art. 1405 and 1407. */
    ORDER_FOR_PAYMENT_REQUEST("order-for-payment-request"),
    /** Proof of claim in insolvency proceedings (<i>déclaration de créance</i>), C. com. art. L622-24 and L622-25. */
    PROOF_OF_CLAIM("proof-of-claim"),
    /** Letter listing several claims of one debtor (<i>relevé de compte</i>), with a date to pay by. */
    GROUPED_REMINDER("grouped-reminder");

    private final String slug;

    DocumentKind(String slug) {
        this.slug = slug;
    }

    /**
     * Returns the name of the kind in template file names, such as {@code "formal-notice"}.
     *
     * @return the slug
     */
    public String slug() {
        return slug;
    }
}
