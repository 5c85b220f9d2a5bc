package org.recouvrement.claim;

import org.recouvrement.internal.Checks;
import org.recouvrement.party.Party;

/**
 * The nature of a claim, from who owes whom. It selects the limitation period, the interest regime and the court.
 */
public enum ClaimNature {
    /**
     * Between two merchants (<i>créance commerciale entre commerçants</i>): commercial court, five-year limitation
     * (C. com. art. L110-4), B2B late-payment penalties (C. com. art. L441-10).
     */
    COMMERCIAL_BETWEEN_MERCHANTS,
    /**
     * Between two professionals, at least one of them not a merchant (a liberal profession, a craftsman, a public
     * body): late-payment penalties of C. com. art. L441-10, five-year limitation.
     */
    BUSINESS_TO_BUSINESS,
    /**
     * Of a professional against a consumer: two-year limitation (C. conso. art. L218-2), legal interest rate, no
     * recovery compensation.
     */
    PROFESSIONAL_TO_CONSUMER,
    /**
     * Any other claim (between private persons, or against a non-professional legal person): civil law, five-year
     * limitation (C. civ. art. 2224).
     */
    CIVIL;

    /**
     * Returns the nature that follows from the parties' kinds and merchant status.
     *
     * @param creditor the creditor
     * @param debtor the debtor
     * @return the nature
     */
    public static ClaimNature between(Party creditor, Party debtor) {
        Checks.present(creditor, "creditor");
        Checks.present(debtor, "debtor");
        if (!creditor.kind().isProfessional()) {
            return CIVIL;
        }
        if (debtor.kind().isConsumer()) {
            return PROFESSIONAL_TO_CONSUMER;
        }
        if (creditor.merchant() && debtor.merchant()) {
            return COMMERCIAL_BETWEEN_MERCHANTS;
        }
        return debtor.kind().isProfessional() ? BUSINESS_TO_BUSINESS : CIVIL;
    }

    /**
     * Tells whether this nature is consistent with the parties, so that an explicit nature cannot contradict them.
     *
     * @param creditor the creditor
     * @param debtor the debtor
     * @return true if a claim of this nature can exist between them
     */
    public boolean isPossibleBetween(Party creditor, Party debtor) {
        switch (this) {
            case COMMERCIAL_BETWEEN_MERCHANTS:
                return creditor.merchant() && debtor.merchant();
            case BUSINESS_TO_BUSINESS:
                return creditor.kind().isProfessional() && debtor.kind().isProfessional();
            case PROFESSIONAL_TO_CONSUMER:
                return creditor.kind().isProfessional() && debtor.kind().isConsumer();
            default:
                return true;
        }
    }
}
