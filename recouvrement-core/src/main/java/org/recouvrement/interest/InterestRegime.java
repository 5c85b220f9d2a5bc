package org.recouvrement.interest;

import java.util.List;
import java.util.Optional;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;

/**
 * The rule that sets the rate of late-payment interest and when it starts to run.
 *
 * <p>{@link InterestCalculator} chooses the regime from the claim's nature and governing law (see
 * {@link #FRENCH_COMMERCIAL_RATE}, {@link #FRENCH_LEGAL_RATE}, {@link #BELGIAN_COMMERCIAL_RATE},
 * {@link #BELGIAN_LEGAL_RATE}); {@link InterestOptions#regime()} overrides the choice.
 */
public enum InterestRegime {

    /**
     * Moratory interest at the French legal rate (<i>intérêts moratoires au taux légal</i>), C. civ. art. 1231-6 and
     * 1344-1: runs from the formal notice (<i>mise en demeure</i>), at the rate of the creditor's category (a natural
     * person not acting for professional needs, or all other cases, CMF art. L313-2), increased by five points two
     * months after a judgment ordering payment became enforceable (CMF art. L313-3). Chosen for a French claim that
     * is not a payment for goods or services between professionals (including a loan or a judgment debt between
     * them).
     */
    FRENCH_LEGAL_RATE(Jurisdiction.FRANCE, true, List.of(
            LegalCode.CIVIL_CODE.article("1231-6"),
            LegalCode.CIVIL_CODE.article("1344-1"),
            LegalCode.MONETARY_AND_FINANCIAL_CODE.article("L313-2"))),

    /**
     * French late-payment penalties between professionals (<i>pénalités de retard</i>), C. com. art. L441-10 II: due
     * from the day after the due date without any reminder, at the ECB rate in force on 1 January or 1 July of the
     * semester plus ten points, or at the contractual rate, which may not be lower than three times the legal rate
     * ("all other cases"). Chosen for a French invoice or supply contract between professionals.
     */
    FRENCH_COMMERCIAL_RATE(Jurisdiction.FRANCE, true, List.of(LegalCode.COMMERCIAL_CODE.article("L441-10"))),

    /**
     * Belgian late-payment interest in commercial transactions (law of 2 August 2002, art. 5): due by law, without
     * formal notice, from the day after the end of the payment term, at the rate published per semester. Chosen
     * for a Belgian invoice or supply contract between professionals. The table holds the rates for contracts
     * concluded from 16 March 2013.
     */
    BELGIAN_COMMERCIAL_RATE(Jurisdiction.BELGIUM, true, List.of(
            LegalReference.ofInstrument(Jurisdiction.BELGIUM, "Loi du 2 août 2002", "5"))),

    /**
     * Moratory interest at the Belgian legal rate (law of 5 May 1865, art. 2), from the formal notice, at the rate of
     * each calendar year. Chosen for a Belgian claim that is not a payment for goods or services between
     * professionals.
     */
    BELGIAN_LEGAL_RATE(Jurisdiction.BELGIUM, true, List.of(
            LegalReference.ofInstrument(Jurisdiction.BELGIUM, "Loi du 5 mai 1865", "2"))),

    /**
     * A fixed rate stipulated in the contract (<i>taux conventionnel</i>), which must be written and is deemed annual
     * (C. civ. art. 1343-1), from the day after the due date unless another start is given. Never chosen
     * automatically: select it with {@link InterestOptions#regime()}. Between French professionals the contractual
     * rate is applied within {@link #FRENCH_COMMERCIAL_RATE}, with its floor.
     */
    CONTRACTUAL_RATE(null, false, List.of(LegalCode.CIVIL_CODE.article("1343-1")));

    private final Jurisdiction jurisdiction;
    private final boolean statutory;
    private final List<LegalReference> references;

    InterestRegime(Jurisdiction jurisdiction, boolean statutory, List<LegalReference> references) {
        this.jurisdiction = jurisdiction;
        this.statutory = statutory;
        this.references = references;
    }

    /**
     * Returns the legal order of the regime.
     *
     * @return the jurisdiction; empty for the contractual rate, which follows the law governing the contract
     */
    public Optional<Jurisdiction> jurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /**
     * Tells whether the rate comes from a statutory table, in which case the claim must be in euros.
     *
     * @return true for every regime but the contractual rate
     */
    public boolean isStatutory() {
        return statutory;
    }

    /**
     * Returns the texts that set the regime.
     *
     * @return the references, the main one first
     */
    public List<LegalReference> references() {
        return references;
    }

    /**
     * Tells whether interest starts with the formal notice rather than with the due date.
     *
     * @return true for the legal-rate regimes
     */
    public boolean startsWithFormalNotice() {
        return this == FRENCH_LEGAL_RATE || this == BELGIAN_LEGAL_RATE;
    }
}
