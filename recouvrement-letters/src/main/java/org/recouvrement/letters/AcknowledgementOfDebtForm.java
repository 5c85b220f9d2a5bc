package org.recouvrement.letters;

import java.util.List;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;

/**
 * An acknowledgement of debt form (<i>reconnaissance de dette</i>) for the debtor to complete and sign. An
 * undertaking by one party to pay a sum of money proves only if it bears the signer's signature and the sum written by
 * the signer in words and in figures (C. civ. art. 1376): the form prints the figures it acknowledges and leaves the
 * lines the debtor must write by hand. The acknowledgement interrupts limitation, and a new period of the same length
 * starts (C. civ. art. 2240, 2231). Mandatory here: the amount with its breakdown.
 */
@Value.Immutable
public abstract non-sealed class AcknowledgementOfDebtForm implements Letter {

    AcknowledgementOfDebtForm() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link AcknowledgementOfDebtForm}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableAcknowledgementOfDebtForm.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#ACKNOWLEDGEMENT_OF_DEBT}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.ACKNOWLEDGEMENT_OF_DEBT;
    }

    /**
     * Returns {@link Jurisdiction#FRANCE}.
     *
     * @return the jurisdiction
     */
    @Override
    public final Jurisdiction jurisdiction() {
        return Jurisdiction.FRANCE;
    }

    /**
     * Returns C. civ. art. 1376 and 2240.
     *
     * @return the legal bases
     */
    @Override
    public List<LegalReference> legalBases() {
        return List.of(LegalReferences.FR_UNILATERAL_UNDERTAKING, LegalReferences.FR_ACKNOWLEDGEMENT);
    }
}
