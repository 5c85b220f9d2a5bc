package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Evidence;
import org.recouvrement.law.LegalReference;

/**
 * The basis of a claim (<i>fondement de la créance</i>, CPC art. 1407) and the schedule of the documents that support
 * it (<i>bordereau des documents justificatifs</i>): the contract or invoice it rests on, the texts that make its
 * accessories owed, and the documents filed with the request.
 *
 * <p>The legal basis follows the interest regime: C. com. art. L441-10 (and D441-5 for the recovery compensation)
 * between professionals, C. civ. art. 1231-6 and 1344-1 otherwise, C. civ. art. 1231-5 where a penalty clause is
 * claimed. The schedule lists the invoice first (for a claim whose origin is an invoice and whose evidence does not
 * already include it), then {@link org.recouvrement.claim.Claim#evidence()} in its order; its position in the list
 * is the document's number (<i>pièce n°</i>), from 1.
 */
@Value.Immutable
public abstract class ClaimBasis {

    ClaimBasis() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ClaimBasis}. */
    static final class Builder extends ImmutableClaimBasis.Builder {
        Builder() {
        }
    }

    /**
     * Returns the creditor's reference of the claim: invoice or contract number.
     *
     * @return the reference
     */
    public abstract String claimReference();

    /**
     * Returns where the claim comes from.
     *
     * @return the origin
     */
    public abstract ClaimOrigin origin();

    /**
     * Returns the date of the invoice, contract or judgment.
     *
     * @return the issue date
     */
    public abstract LocalDate issueDate();

    /**
     * Returns the date of delivery or performance, where known.
     *
     * @return the performance date
     */
    public abstract Optional<LocalDate> performanceDate();

    /**
     * Returns the date the claim fell due, as postponed by any agreement recorded.
     *
     * @return the due date
     */
    public abstract LocalDate dueDate();

    /**
     * Returns the basis in English, such as {@code "Invoice INV-2026-0042 issued on 2026-01-15, due on 2026-02-14"}.
     *
     * @return the description
     */
    public abstract String description();

    /**
     * Returns the texts that make the principal's accessories owed.
     *
     * @return the legal basis
     */
    public abstract List<LegalReference> legalBasis();

    /**
     * Returns the supporting documents, in the order of the schedule.
     *
     * @return the documents
     */
    public abstract List<Evidence> documents();
}
