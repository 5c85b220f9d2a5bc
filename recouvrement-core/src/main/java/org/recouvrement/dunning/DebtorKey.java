package org.recouvrement.dunning;

import org.recouvrement.claim.Claim;
import org.recouvrement.party.Party;

/**
 * The pair of a creditor and a debtor, whose contacts the spacing and cap rules count together and whose claims are
 * grouped into one communication. Equal parties are the same debtor. The hash is computed once.
 */
final class DebtorKey {

    private final Party creditor;
    private final Party debtor;
    private final int hash;

    private DebtorKey(Party creditor, Party debtor) {
        this.creditor = creditor;
        this.debtor = debtor;
        this.hash = 31 * creditor.hashCode() + debtor.hashCode();
    }

    static DebtorKey of(Claim claim) {
        return new DebtorKey(claim.creditor(), claim.debtor());
    }

    Party creditor() {
        return creditor;
    }

    Party debtor() {
        return debtor;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof DebtorKey other && hash == other.hash && creditor.equals(other.creditor)
                && debtor.equals(other.debtor);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
