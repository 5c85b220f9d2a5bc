package org.recouvrement.party;

/**
 * The side a party is on in a claim.
 */
public enum PartyRole {
    /** The party owed the money (<i>créancier</i>). */
    CREDITOR,
    /** The party that owes it (<i>débiteur</i>). */
    DEBTOR
}
