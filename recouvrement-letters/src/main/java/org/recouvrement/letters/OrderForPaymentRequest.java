package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.Evidence;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;

/**
 * A request for an order for payment (<i>requête en injonction de payer</i>), filed with the court of the place
 * where the debtor lives (CPC art. 1405, 1406). Besides the mentions of CPC art. 54 and 57, it states precisely the
 * amount claimed with the breakdown of its elements, the basis of the claim, and the schedule of supporting documents,
 * which accompany it (CPC art. 1407, version in force since 1 March 2022). The creditor may ask that, in case of
 * opposition, the case be referred to the court competent on the merits (CPC art. 1408).
 *
 * <p>Mandatory here: the court, the amount with its breakdown, the basis, the schedule of documents, the signatory,
 * and the claimant's identity as CPC art. 54 3° requires it: for a legal person its form and the organ representing
 * it; for a natural person the profession, nationality, date and place of birth. {@link #cerfaNumber()} names the
 * corresponding official form (unconfirmed, see {@link CourtKind}).
 */
@Value.Immutable
public abstract non-sealed class OrderForPaymentRequest implements Letter {

    OrderForPaymentRequest() {
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
     * Builds a {@link OrderForPaymentRequest}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableOrderForPaymentRequest.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#ORDER_FOR_PAYMENT_REQUEST}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.ORDER_FOR_PAYMENT_REQUEST;
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
     * Returns CPC art. 1405, 1407, 54 and 57, and art. 1408 where referral on opposition is requested.
     *
     * @return the legal bases
     */
    @Override
    public List<LegalReference> legalBases() {
        return referralOnOpposition()
                ? List.of(LegalReferences.FR_ORDER_FOR_PAYMENT, LegalReferences.FR_ORDER_REQUEST_CONTENT,
                        LegalReferences.FR_INITIAL_CLAIM, LegalReferences.FR_REQUEST, LegalReferences.FR_ORDER_REFERRAL)
                : List.of(LegalReferences.FR_ORDER_FOR_PAYMENT, LegalReferences.FR_ORDER_REQUEST_CONTENT,
                        LegalReferences.FR_INITIAL_CLAIM, LegalReferences.FR_REQUEST);
    }

    /**
     * Returns the court the request is addressed to.
     *
     * @return the court, if given
     */
    public abstract Optional<Court> court();

    /**
     * Returns the basis of the claim (<i>fondement</i>), in the request's language: the contract or the statutory
     * obligation, such as {@code "contrat de vente du 10 janvier 2026 (bon de commande BC-118 accepté)"}.
     *
     * @return the basis, if given
     */
    public abstract Optional<String> basis();

    /**
     * Returns the supporting documents, listed in the schedule (<i>bordereau des pièces</i>) and filed with the
     * request.
     *
     * @return the documents, in the order of the schedule
     */
    public abstract List<Evidence> evidence();

    /**
     * Returns the legal form of a legal person claimant, such as {@code "SARL au capital de 20 000 €"}.
     *
     * @return the form, if given
     */
    public abstract Optional<String> claimantLegalForm();

    /**
     * Returns the organ legally representing a legal person claimant, such as {@code "son gérant en exercice"}.
     *
     * @return the organ, if given
     */
    public abstract Optional<String> claimantRepresentative();

    /**
     * Returns a natural person claimant's profession.
     *
     * @return the profession, if given
     */
    public abstract Optional<String> claimantProfession();

    /**
     * Returns a natural person claimant's nationality, such as {@code "française"}.
     *
     * @return the nationality, if given
     */
    public abstract Optional<String> claimantNationality();

    /**
     * Returns a natural person claimant's date of birth.
     *
     * @return the date, if given
     */
    @Value.Redacted
    public abstract Optional<LocalDate> claimantBirthDate();

    /**
     * Returns a natural person claimant's place of birth.
     *
     * @return the place, if given
     */
    @Value.Redacted
    public abstract Optional<String> claimantBirthPlace();

    /**
     * Tells whether the creditor asks that, in case of opposition, the case be referred to the court competent on
     * the merits (CPC art. 1408).
     *
     * @return false by default
     */
    @Value.Default
    public boolean referralOnOpposition() {
        return false;
    }

    /**
     * Returns the number of the Cerfa form corresponding to this request, by court: unconfirmed, see
     * {@link CourtKind}.
     *
     * @return the number, if a court is given and a form is known for it
     */
    public Optional<String> cerfaNumber() {
        return court().flatMap(c -> c.kind().cerfaNumber());
    }
}
