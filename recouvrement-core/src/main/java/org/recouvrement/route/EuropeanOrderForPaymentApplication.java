package org.recouvrement.route;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;

/**
 * The fields of an application for a European order for payment (form A), as data.
 *
 * <p>Form A is Annex I of Regulation (EC) No 1896/2006, replaced by Regulation (EU) No 936/2012 and again, for the
 * version in use since 14 July 2017, by Commission Delegated Regulation (EU) 2017/1260. Article 7(2) of the
 * regulation lists what the application states: the names and addresses of the parties and of the court; the amount
 * of the claim, principal and, where applicable, interest, contractual penalties and costs; for interest, its rate and
 * the period it is claimed for; the cause of the action and a description of the circumstances; a description of the
 * evidence; the grounds for jurisdiction; and the cross-border nature of the case (art. 3).
 *
 * <p><b>What the library fills:</b> the court as the route names it ({@link #court()}: kind of court, territorial
 * rule, the city it points to) and its member state; the claimant and the defendant with their addresses (section 2,
 * codes 01 and 02); the ground of jurisdiction it can derive ({@link #jurisdictionGround()}); each party's member state
 * for the cross-border nature; the currency and the principal still owed; the interest (statutory or contractual, rate
 * basis and rate of each period, from and to, and the amount still owed to the date); the penalty clause where
 * incurred; the fixed recovery compensation as a cost; the description of the claim and of the documentary evidence.
 *
 * <p><b>What the claimant completes:</b> the exact name and address of the court; the parties' optional contact
 * details, occupation and representatives (codes 03 to 06); another ground of jurisdiction where he relies on one; the
 * court fees and how they are paid, with bank details; the codes the form gives to the nature of the claim and to each
 * kind of evidence; whether he opposes a transfer to ordinary civil proceedings in case of opposition (art. 7(4)); the
 * declaration that the information is true, the date and the signature (art. 7(3)); and the language the court
 * accepts. Section numbers and codes of the form other than those of sections 1 to 3 were not checked against the
 * published form and are not given.
 */
@Value.Immutable
public abstract class EuropeanOrderForPaymentApplication {

    EuropeanOrderForPaymentApplication() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link EuropeanOrderForPaymentApplication}. */
    static final class Builder extends ImmutableEuropeanOrderForPaymentApplication.Builder {
        Builder() {
        }
    }

    /**
     * Returns the case the application is drawn from.
     *
     * @return the case identifier
     */
    public abstract String caseId();

    /**
     * Returns the date the application is drawn up for: amounts are computed up to it.
     *
     * @return the date
     */
    public abstract LocalDate asOf();

    /**
     * Returns the route's eligibility on that date: eligible, or needing review with why.
     *
     * @return the eligibility, never {@link Eligibility.Ineligible}
     */
    public abstract Eligibility eligibility();

    /**
     * Returns the court seised, as the route names it (art. 6; in France CPC art. 1424-2).
     *
     * @return the court
     */
    public abstract CompetentForum court();

    /**
     * Returns the member state of the court, as an ISO 3166-1 code.
     *
     * @return the code, such as {@code "FR"}
     */
    public abstract String courtMemberState();

    /**
     * Returns the claimant (form A, section 2, code 01).
     *
     * @return the claimant
     */
    public abstract Party claimant();

    /**
     * Returns the defendant (form A, section 2, code 02).
     *
     * @return the defendant
     */
    public abstract Party defendant();

    /**
     * Returns the member state where the claimant is domiciled, for the cross-border nature of the case (art. 3).
     *
     * @return the ISO 3166-1 code
     */
    public abstract String claimantMemberState();

    /**
     * Returns the member state where the defendant is domiciled, for the cross-border nature of the case (art. 3).
     *
     * @return the ISO 3166-1 code
     */
    public abstract String defendantMemberState();

    /**
     * Returns the ground for the court's jurisdiction (art. 6, 7(2)(f)).
     *
     * @return the ground
     */
    public abstract JurisdictionGround jurisdictionGround();

    /**
     * Returns the principal still owed, once payments and credit notes are imputed.
     *
     * @return the principal
     */
    public abstract Amount principal();

    /**
     * Returns the interest claimed: statutory or contractual, rate basis, rate of each period, from and to
     * (art. 7(2)(c)).
     *
     * @return the interest
     */
    public abstract InterestClaimed interest();

    /**
     * Returns the interest still owed on {@link #asOf()}, once payments are imputed to it first.
     *
     * @return the outstanding interest
     */
    public abstract Amount interestOutstanding();

    /**
     * Returns the contractual penalty claimed: the sum of a penalty clause, where the claim has one and it is
     * incurred.
     *
     * @return the penalty, if claimed
     */
    public abstract Optional<Amount> contractualPenalty();

    /**
     * Returns the costs the library can state: the fixed recovery compensation still owed, where it is owed. Court
     * fees are the claimant's to add.
     *
     * @return the cost lines
     */
    public abstract List<BreakdownLine> costs();

    /**
     * Returns the description of the claim (the cause of the action) and the documentary evidence supporting it.
     *
     * @return the claim's basis and documents
     */
    public abstract ClaimBasis claim();

    /**
     * Returns the full breakdown of the amount, from which the figures of the application are taken.
     *
     * @return the breakdown
     */
    public abstract AmountBreakdown breakdown();

    /**
     * Returns the currency of the claim.
     *
     * @return the currency
     */
    public Currency currency() {
        return principal().currency();
    }

    /**
     * Returns the amount of the claim: principal, interest, contractual penalty and costs.
     *
     * @return the total
     */
    public Amount total() {
        Amount total = principal().plus(interestOutstanding()).plus(contractualPenalty().orElse(Amount.zero(currency())));
        for (BreakdownLine cost : costs()) {
            total = total.plus(cost.amount());
        }
        return total;
    }

    /**
     * Returns the texts the application rests on: Reg. (EC) No 1896/2006 art. 2, 3, 6 and 7, and its Annex I.
     *
     * @return the references
     */
    public List<LegalReference> references() {
        return List.of(RouteLaw.REG_1896_2006, RouteLaw.REG_1896_2006_ART_3, RouteLaw.REG_1896_2006_ART_6,
                RouteLaw.REG_1896_2006_ART_7, RouteLaw.REG_1896_2006_ANNEX_I);
    }

    @Value.Check
    void check() {
        if (eligibility() instanceof Eligibility.Ineligible) {
            throw new InvalidCourtDocumentException("eligibility", "Ineligible", "must be Eligible or NeedsReview");
        }
        if (claimantMemberState().equals(defendantMemberState())) {
            throw new InvalidCourtDocumentException("defendantMemberState", defendantMemberState(), "is the "
                    + "claimant's: the case is not cross-border (Reg. (EC) No 1896/2006 art. 3)");
        }
        if (!total().equals(breakdown().total())) {
            throw new InvalidCourtDocumentException("total", total(), "is not the breakdown's total "
                    + breakdown().total());
        }
    }
}
