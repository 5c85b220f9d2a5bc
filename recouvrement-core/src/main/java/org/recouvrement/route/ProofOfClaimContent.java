package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.Guarantee;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.recovery.InsolvencyKind;

/**
 * The content of a proof of claim in French insolvency proceedings (<i>déclaration de créance</i>), as data.
 *
 * <p>Every creditor whose claim arose before the opening judgment declares it to the insolvency practitioner (C. com.
 * art. L622-24) within two months of the judgment's publication in the BODACC, four months for a creditor outside
 * metropolitan France (art. R622-24). The declaration states the amount due on the day of the opening judgment, with
 * the sums not yet due and their due dates, and the nature of any security; unless the claim rests on an enforceable
 * title, the creditor certifies it sincere (art. L622-25). The opening judgment stops the running of interest (art.
 * L622-28), so the {@link #amountDue()} is computed as of {@link #openingDate()}: its interest runs to the day before
 * the judgment at the latest, whatever the date the declaration is drawn up. Here:
 * <ul>
 *   <li>the proceedings: {@link #proceedingsKind()}, {@link #openingDate()}, {@link #publicationDate()}, and the
 *       {@link #deadlines()} of the proof-of-claim route (file by; relief from preclusion);</li>
 *   <li>{@link #practitioner()}: the mandataire judiciaire or liquidator named in the opening judgment;</li>
 *   <li>{@link #amountDue()}: principal, interest to the opening, compensation, penalty clause and payments, as a
 *       breakdown; {@link #sumsToFallDue()} the part of the principal not yet due on that day, with its dates;</li>
 *   <li>{@link #securities()}: the guarantees attached to the claim;</li>
 *   <li>{@link #basis()}: the basis and the supporting documents;</li>
 *   <li>{@link #certificationRequired()}: whether the creditor must certify the claim sincere.</li>
 * </ul>
 * The declarant (the creditor, or any employee or representative of its choice, art. L622-24), the date and the
 * signature are the creditor's to add; the library does not know the practitioner's name, which the opening judgment
 * gives.
 */
@Value.Immutable
public abstract class ProofOfClaimContent {

    ProofOfClaimContent() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProofOfClaimContent}. */
    static final class Builder extends ImmutableProofOfClaimContent.Builder {
        Builder() {
        }
    }

    /**
     * Returns the case the declaration is drawn from.
     *
     * @return the case identifier
     */
    public abstract String caseId();

    /**
     * Returns the date the declaration is drawn up for.
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
     * Returns the kind of proceedings: safeguard, reorganisation or liquidation.
     *
     * @return the kind
     */
    public abstract InsolvencyKind proceedingsKind();

    /**
     * Returns the date of the opening judgment.
     *
     * @return the opening date
     */
    public abstract LocalDate openingDate();

    /**
     * Returns the date the opening judgment was published in the BODACC, from which the time to file runs.
     *
     * @return the publication date, if recorded
     */
    public abstract Optional<LocalDate> publicationDate();

    /**
     * Returns the deadlines of the proof-of-claim route: the last day to file, computed from the publication.
     *
     * @return the deadlines, earliest first; empty while the publication is not recorded
     */
    public abstract List<RouteDeadline> deadlines();

    /**
     * Returns the insolvency practitioner the claim is declared to, as the route names it.
     *
     * @return the practitioner
     */
    public abstract CompetentForum practitioner();

    /**
     * Returns the creditor who declares.
     *
     * @return the creditor
     */
    public abstract Party creditor();

    /**
     * Returns the debtor in insolvency proceedings.
     *
     * @return the debtor
     */
    public abstract Party debtor();

    /**
     * Returns the amount due on the day of the opening judgment, with its breakdown, interest stopped by the
     * judgment.
     *
     * @return the breakdown, as of {@link #openingDate()}
     */
    public abstract AmountBreakdown amountDue();

    /**
     * Returns the parts of the principal not yet due on the day of the opening judgment, with their due dates
     * (<i>sommes à échoir</i>). They are part of {@link #amountDue()}'s outstanding principal.
     *
     * @return the sums to fall due, in due-date order
     */
    public abstract List<Instalment> sumsToFallDue();

    /**
     * Returns the securities attached to the claim, whose nature the declaration states.
     *
     * @return the guarantees
     */
    public abstract List<Guarantee> securities();

    /**
     * Returns the basis of the claim and the supporting documents.
     *
     * @return the basis
     */
    public abstract ClaimBasis basis();

    /**
     * Tells whether the creditor must certify the claim sincere: always, unless the claim rests on an enforceable
     * title (C. com. art. L622-25).
     *
     * @return true without an enforceable title
     */
    public abstract boolean certificationRequired();

    /**
     * Returns the amount declared.
     *
     * @return the total of the amount due on the day of the opening judgment
     */
    public Amount total() {
        return amountDue().total();
    }

    /**
     * Returns the total of the sums not yet due.
     *
     * @return the sum of {@link #sumsToFallDue()}
     */
    public Amount totalToFallDue() {
        Amount sum = Amount.zero(amountDue().currency());
        for (Instalment instalment : sumsToFallDue()) {
            sum = sum.plus(instalment.amount());
        }
        return sum;
    }

    /**
     * Returns the last day to file the proof of claim, where the publication is recorded.
     *
     * @return the deadline to file
     */
    public Optional<RouteDeadline> filingDeadline() {
        return deadlines().stream().filter(d -> d.reference().equals(RouteLaw.COM_R622_24)).findFirst();
    }

    /**
     * Returns the texts the declaration rests on: C. com. art. L622-24, L622-25, R622-24 and L622-28.
     *
     * @return the references
     */
    public List<LegalReference> references() {
        return List.of(RouteLaw.COM_L622_24, RouteLaw.COM_L622_25, RouteLaw.COM_R622_24, RouteLaw.COM_L622_28);
    }

    @Value.Check
    void check() {
        if (eligibility() instanceof Eligibility.Ineligible) {
            throw new InvalidCourtDocumentException("eligibility", "Ineligible", "must be Eligible or NeedsReview");
        }
        if (!amountDue().asOf().equals(openingDate())) {
            throw new InvalidCourtDocumentException("amountDue.asOf", amountDue().asOf(), "is not the date of the "
                    + "opening judgment " + openingDate() + " (C. com. art. L622-25)");
        }
        if (asOf().isBefore(openingDate())) {
            throw new InvalidCourtDocumentException("asOf", asOf(), "is before the opening judgment " + openingDate());
        }
        if (totalToFallDue().isGreaterThan(amountDue().principalOutstanding())) {
            throw new InvalidCourtDocumentException("sumsToFallDue", totalToFallDue(), "exceed the outstanding "
                    + "principal " + amountDue().principalOutstanding());
        }
        for (Instalment sum : sumsToFallDue()) {
            if (!sum.dueDate().isAfter(openingDate())) {
                throw new InvalidCourtDocumentException("sumsToFallDue.dueDate", sum.dueDate(), "is not after the "
                        + "opening judgment " + openingDate());
            }
        }
    }
}
