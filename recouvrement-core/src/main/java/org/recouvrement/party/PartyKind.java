package org.recouvrement.party;

/**
 * What kind of person a party is, in the categories consumer law and commercial law use.
 *
 * <p>The kind decides, among other things, the limitation period (two years for a professional's action against a
 * consumer, C. conso. art. L218-2, but not against a non-professional legal person), whether the B2B late-payment
 * penalties and the 40 € recovery compensation apply (C. com. art. L441-10, only between professionals), and the
 * category of the French legal interest rate (CMF art. L313-2, by the creditor's kind).
 */
public enum PartyKind {
    /**
     * A natural person acting for purposes outside a trade, business, craft or profession (<i>consommateur</i>,
     * C. conso. article liminaire).
     */
    CONSUMER(true, false),
    /**
     * A natural person acting for professional purposes: sole trader, craftsman, liberal profession
     * (<i>professionnel personne physique</i>).
     */
    PROFESSIONAL_NATURAL_PERSON(true, true),
    /** A company or other legal person acting professionally (<i>société</i>). */
    COMPANY(false, true),
    /**
     * A legal person not acting for professional purposes, such as an association or a residents' syndicate
     * (<i>non-professionnel</i>, C. conso. article liminaire).
     */
    NON_PROFESSIONAL_LEGAL_PERSON(false, false),
    /** A public body: the State, a local authority, a public establishment (<i>personne publique</i>). */
    PUBLIC_BODY(false, true);

    private final boolean naturalPerson;
    private final boolean professional;

    PartyKind(boolean naturalPerson, boolean professional) {
        this.naturalPerson = naturalPerson;
        this.professional = professional;
    }

    /**
     * Tells whether the party is a natural person.
     *
     * @return true for a consumer or a professional natural person
     */
    public boolean isNaturalPerson() {
        return naturalPerson;
    }

    /**
     * Tells whether the party acts for professional purposes (companies, professional natural persons, public
     * bodies).
     *
     * @return true for a professional
     */
    public boolean isProfessional() {
        return professional;
    }

    /**
     * Tells whether the party is a consumer.
     *
     * @return true for {@link #CONSUMER}
     */
    public boolean isConsumer() {
        return this == CONSUMER;
    }
}
