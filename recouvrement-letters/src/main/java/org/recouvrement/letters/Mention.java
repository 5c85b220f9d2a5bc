package org.recouvrement.letters;

/**
 * A piece of information a kind of letter must contain, by law or by the practice the library follows. The wording a
 * template writes around it (the words "mise en demeure", the consequences of not paying, the reproduction of
 * CPCE art. L111-8) is part of the template and checked by the library's tests; a mention here is data the letter
 * must be given.
 */
public enum Mention {
    /** The figures: principal, interest, charges, payments and balance (C. civ. art. 1344; CPC art. 1407). */
    AMOUNT_WITH_BREAKDOWN("the amount claimed with its breakdown"),
    /** The date each claim fell due. */
    DUE_DATE("the date each claim fell due"),
    /** What each claim is for: goods, services, contract (CDE art. XIX.2; CPCE art. R124-4 3°). */
    CLAIM_DESCRIPTION("what each claim is for"),
    /** The date by which to pay, computed by the caller. */
    PAYMENT_DEADLINE("the date by which to pay"),
    /** Dispatch by registered letter with acknowledgement of receipt, or service by a judicial officer. */
    REGISTERED_DISPATCH("dispatch by registered letter with acknowledgement of receipt or by a judicial officer"),
    /** The creditor's Belgian enterprise number (CDE art. XIX.2). */
    CREDITOR_ENTERPRISE_NUMBER("the creditor's enterprise number"),
    /** The damages owed if the consumer does not pay within the delay (CDE art. XIX.2). */
    DAMAGES_IF_UNPAID("the damages owed if the debt is not paid within the delay"),
    /** The collection agency's name, address and activity (CPCE art. R124-4 1°). */
    COLLECTOR_IDENTITY("the collection agency's name and address"),
    /** How to pay (CPCE art. R124-4 4°). */
    PAYMENT_INSTRUCTIONS("how to pay"),
    /** The instalments of a payment plan. */
    INSTALMENTS("the instalments"),
    /** The court the request is addressed to (CPC art. 54 1°). */
    COURT("the court seised"),
    /** The legal basis of the claim (CPC art. 1407). */
    CLAIM_BASIS("the basis of the claim"),
    /** The schedule of supporting documents (CPC art. 1407). */
    EVIDENCE_SCHEDULE("the schedule of supporting documents"),
    /** A legal person claimant's form (CPC art. 54 3° b). */
    CLAIMANT_LEGAL_FORM("the claimant's legal form"),
    /** The organ that legally represents a legal person claimant (CPC art. 54 3° b). */
    CLAIMANT_REPRESENTATIVE("the organ representing the claimant"),
    /** A natural person claimant's profession (CPC art. 54 3° a). */
    CLAIMANT_PROFESSION("the claimant's profession"),
    /** A natural person claimant's nationality (CPC art. 54 3° a). */
    CLAIMANT_NATIONALITY("the claimant's nationality"),
    /** A natural person claimant's date and place of birth (CPC art. 54 3° a). */
    CLAIMANT_BIRTH("the claimant's date and place of birth"),
    /** The name and capacity of the person who signs. */
    SIGNATORY("the signatory"),
    /** The insolvency proceedings: kind, court, date of the opening judgment (C. com. art. L622-24). */
    INSOLVENCY_PROCEEDINGS("the insolvency proceedings"),
    /** The insolvency practitioner the claim is declared to (C. com. art. L622-24). */
    INSOLVENCY_PRACTITIONER("the insolvency practitioner");

    private final String description;

    Mention(String description) {
        this.description = description;
    }

    /**
     * Returns an English description, for messages and logs.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
