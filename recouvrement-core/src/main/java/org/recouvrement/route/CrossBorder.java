package org.recouvrement.route;

import java.util.Optional;

/**
 * The cross-border test of Regulations 1896/2006 (art. 3) and 861/2007 (art. 3): at least one party domiciled in a
 * member state other than that of the court seised; Denmark does not take part in either regulation.
 */
final class CrossBorder {

    private CrossBorder() {
    }

    /** Closes the route unless the parties are domiciled in two different participating member states. */
    static boolean check(RouteFacts f, Outcome o, org.recouvrement.law.LegalReference article3) {
        Optional<String> creditorState = f.memberState(f.creditor());
        Optional<String> debtorState = f.memberState(f.debtor());
        if (creditorState.isEmpty() || debtorState.isEmpty()) {
            o.closed("Both parties must be domiciled in EU member states (creditor: " + f.creditorTerritory()
                    + ", debtor: " + f.debtorTerritory() + ")", article3);
            return false;
        }
        if (creditorState.get().equals("DK") || debtorState.get().equals("DK")) {
            o.closed("Denmark does not take part in the regulation", article3);
            return false;
        }
        if (creditorState.get().equals(debtorState.get())) {
            o.closed("Both parties are domiciled in the same member state (" + debtorState.get()
                    + "): the case is not cross-border", article3);
            return false;
        }
        o.because("The case is cross-border: the creditor is domiciled in " + creditorState.get()
                + " and the debtor in " + debtorState.get(), article3);
        return true;
    }
}
