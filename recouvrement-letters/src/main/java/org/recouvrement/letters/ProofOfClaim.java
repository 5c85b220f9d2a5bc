package org.recouvrement.letters;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Party;
import org.recouvrement.recovery.InsolvencyKind;

/**
 * A proof of claim in French insolvency proceedings (<i>déclaration de créance</i>), addressed to the insolvency
 * practitioner (<i>mandataire judiciaire</i>, or <i>liquidateur</i> in a liquidation) within two months of the
 * publication of the opening judgment in the BODACC (C. com. art. L622-24, R622-24). It states the amount due on the
 * day of the opening judgment, with the sums to fall due and their dates, the nature of any security, and, unless the
 * claim rests on an enforceable title, is certified sincere by the creditor (C. com. art. L622-25). The opening
 * judgment stops interest (C. com. art. L622-28): the statement's date must be the opening date.
 *
 * <p>Mandatory here: the proceedings, the practitioner, the amount with its breakdown, the supporting documents and
 * the signatory (the creditor or any employee or agent of its choice, L622-24).
 */
@Value.Immutable
public abstract non-sealed class ProofOfClaim implements Letter {

    ProofOfClaim() {
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
     * Builds a {@link ProofOfClaim}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableProofOfClaim.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#PROOF_OF_CLAIM}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.PROOF_OF_CLAIM;
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
     * Returns C. com. art. L622-24, L622-25 and R622-24.
     *
     * @return the legal bases
     */
    @Override
    public List<LegalReference> legalBases() {
        return List.of(LegalReferences.FR_PROOF_OF_CLAIM, LegalReferences.FR_PROOF_OF_CLAIM_CONTENT,
                LegalReferences.FR_PROOF_OF_CLAIM_DEADLINE);
    }

    /**
     * Returns the proceedings the claim is declared in.
     *
     * @return the proceedings, if given
     */
    public abstract Optional<InsolvencyProceedings> proceedings();

    /**
     * Returns the insolvency practitioner the claim is declared to.
     *
     * @return the practitioner, if given
     */
    public abstract Optional<Party> practitioner();

    /**
     * Returns the sums not yet due on the day of the opening judgment, with their due dates.
     *
     * @return the sums to fall due
     */
    public abstract List<Instalment> sumsToFallDue();

    /**
     * Returns the nature and the assets of the security attached to the claim, in the declaration's language
     * (<i>nature et assiette de la sûreté</i>), such as {@code "réserve de propriété sur les marchandises livrées"}.
     *
     * @return the security, if any
     */
    public abstract Optional<String> security();

    /**
     * Tells whether the claim rests on an enforceable title, in which case it need not be certified sincere.
     *
     * @return false by default
     */
    @Value.Default
    public boolean enforceableTitle() {
        return false;
    }

    /**
     * Returns the supporting documents attached to the declaration.
     *
     * @return the documents
     */
    public abstract List<Evidence> evidence();

    /**
     * Tells whether the proceedings are a liquidation, so that the declaration goes to the liquidator.
     *
     * @return true in a liquidation
     */
    public boolean liquidation() {
        return proceedings().filter(p -> p.kind() == InsolvencyKind.LIQUIDATION).isPresent();
    }

    @Value.Check
    void check() {
        if (proceedings().isPresent() && statement().isPresent()
                && !statement().get().asOf().equals(proceedings().get().openingDate())) {
            throw new InvalidLetterException("statement.asOf", statement().get().asOf(), "is not the date of the"
                    + " opening judgment " + proceedings().get().openingDate() + ", on which the claim is declared"
                    + " (C. com. art. L622-25)");
        }
        if (proceedings().isPresent() && date().isBefore(proceedings().get().openingDate())) {
            throw new InvalidLetterException("date", date(), "is before the opening judgment "
                    + proceedings().get().openingDate());
        }
        for (Instalment sum : sumsToFallDue()) {
            if (statement().isPresent() && !sum.amount().currency().equals(statement().get().currency())) {
                throw new InvalidLetterException("sumsToFallDue.amount", sum.amount(), "is not in the statement's currency");
            }
        }
    }
}
