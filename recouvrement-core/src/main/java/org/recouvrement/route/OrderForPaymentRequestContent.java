package org.recouvrement.route;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;

/**
 * The content of a request for an order for payment (<i>requête en injonction de payer</i>), as data: what CPC
 * art. 1407 (version in force since 1 March 2022) requires the request to state, for the letters module or an
 * integrator to render.
 *
 * <p>CPC art. 1407: the request is filed with the registry by the creditor or any representative; besides the mentions
 * of art. 57 it states precisely the amount claimed with the breakdown of the elements of the claim, the basis of the
 * claim, and the schedule of the supporting documents, which accompany it. Here:
 * <ul>
 *   <li>{@link #forum()}: the court, as the order-for-payment route names it — the president of the tribunal judiciaire
 *       or of the tribunal de commerce (tribunal des activités économiques in the pilot seats), or the juge des
 *       contentieux de la protection — of the place where the debtor lives, a rule of public policy (CPC art. 1406);
 *       </li>
 *   <li>{@link #claimant()} and {@link #debtor()}: the parties, with the claimant's identity items of CPC art. 54 3°
 *       ({@link #claimantIdentityItems()}), of which the library holds the name and address only
 *       ({@link #claimantIdentityToComplete()} lists the rest), and the debtor's name and domicile or seat
 *       (CPC art. 57);</li>
 *   <li>{@link #amount()}: the precise amount with its breakdown, interest from the interest engine;</li>
 *   <li>{@link #basis()}: the contract or invoice, the legal basis of the accessories, the schedule of documents;</li>
 *   <li>{@link #referralOnOpposition()}: whether the creditor asks that, on opposition, the case be referred to the
 *       court competent on the merits (CPC art. 1408);</li>
 *   <li>{@link #cerfaForm()}: the official form that corresponds to the forum, unconfirmed ({@link CerfaForm}).</li>
 * </ul>
 * The date and signature of the request, and the representative who files it, are the claimant's to add.
 */
@Value.Immutable
public abstract class OrderForPaymentRequestContent {

    OrderForPaymentRequestContent() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrderForPaymentRequestContent}. */
    static final class Builder extends ImmutableOrderForPaymentRequestContent.Builder {
        Builder() {
        }
    }

    /**
     * Returns the case the request is drawn from.
     *
     * @return the case identifier
     */
    public abstract String caseId();

    /**
     * Returns the date the request is drawn up for: the amounts are computed up to it.
     *
     * @return the date
     */
    public abstract LocalDate asOf();

    /**
     * Returns the route's eligibility on that date: eligible, or needing review with what must be reviewed (an open
     * dispute, for instance).
     *
     * @return the eligibility, never {@link Eligibility.Ineligible}
     */
    public abstract Eligibility eligibility();

    /**
     * Returns the court the request is addressed to, as the order-for-payment route names it (CPC art. 1406).
     *
     * @return the forum
     */
    public abstract CompetentForum forum();

    /**
     * Returns the claimant (<i>créancier requérant</i>).
     *
     * @return the creditor
     */
    public abstract Party claimant();

    /**
     * Returns the debtor the order is sought against; its name and domicile or seat are stated (CPC art. 57).
     *
     * @return the debtor
     */
    public abstract Party debtor();

    /**
     * Returns the precise amount claimed with the breakdown of its elements.
     *
     * @return the breakdown
     */
    public abstract AmountBreakdown amount();

    /**
     * Returns the basis of the claim and the schedule of supporting documents.
     *
     * @return the basis
     */
    public abstract ClaimBasis basis();

    /**
     * Tells whether the creditor asks that, in case of opposition, the case be referred to the court competent on the
     * merits (CPC art. 1408).
     *
     * @return the creditor's choice
     */
    public abstract boolean referralOnOpposition();

    /**
     * Returns the items of the claimant's identity CPC art. 54 3° requires.
     *
     * @return the items, for a natural or a legal person
     */
    public List<IdentityItem> claimantIdentityItems() {
        return IdentityItem.requiredFor(claimant());
    }

    /**
     * Returns the items of the claimant's identity the library does not hold, which the claimant completes: the
     * profession, nationality, date and place of birth of a natural person; the form and representative organ of a
     * legal person.
     *
     * @return the items to complete
     */
    public List<IdentityItem> claimantIdentityToComplete() {
        return claimantIdentityItems().stream().filter(item -> !item.heldByTheLibrary()).toList();
    }

    /**
     * Returns the official form that corresponds to the forum; the number is unconfirmed ({@link CerfaForm}).
     *
     * @return the form, or empty for a forum with no known form
     */
    public Optional<CerfaForm> cerfaForm() {
        return CerfaForm.orderForPayment(forum().forum());
    }

    /**
     * Returns the amount claimed.
     *
     * @return the total of the breakdown
     */
    public Amount total() {
        return amount().total();
    }

    /**
     * Returns the texts the request rests on: CPC art. 1405, 1406, 1407, 54 and 57, and 1408 where referral on
     * opposition is asked.
     *
     * @return the references
     */
    public List<LegalReference> references() {
        List<LegalReference> references = new ArrayList<>(List.of(RouteLaw.CPC_1405, RouteLaw.CPC_1406,
                RouteLaw.CPC_1407, RouteLaw.CPC_54, RouteLaw.CPC_57));
        if (referralOnOpposition()) {
            references.add(RouteLaw.CPC_1408);
        }
        return List.copyOf(references);
    }

    @Value.Check
    void check() {
        if (eligibility() instanceof Eligibility.Ineligible) {
            throw new InvalidCourtDocumentException("eligibility", "Ineligible", "must be Eligible or NeedsReview");
        }
        if (!amount().asOf().equals(asOf())) {
            throw new InvalidCourtDocumentException("amount.asOf", amount().asOf(), "is not the request's date "
                    + asOf());
        }
    }
}
