package org.recouvrement.money.archfixture;

import org.recouvrement.party.Party;

/** A money-package class that depends on party, which depends on money: a cycle, on purpose. */
public final class MoneyNeedingParty {

    private MoneyNeedingParty() {
    }

    /**
     * Creates a cycle.
     *
     * @param party a party
     * @return its name's length
     */
    public static int length(Party party) {
        return party.name().length();
    }
}
