package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;

/**
 * One element of the breakdown of the amount claimed (<i>décompte</i>, CPC art. 1407): the principal of a claim, its
 * interest, the recovery compensation, a penalty clause, or a credit note or payment deducted.
 */
@Value.Immutable
public abstract class BreakdownLine {

    BreakdownLine() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BreakdownLine}. */
    static final class Builder extends ImmutableBreakdownLine.Builder {
        Builder() {
        }
    }

    /**
     * Returns what the line is.
     *
     * @return the kind
     */
    public abstract BreakdownLineKind kind();

    /**
     * Returns the line in English, such as {@code "Principal of invoice INV-2026-0042 of 2026-01-15"}.
     *
     * @return the description
     */
    public abstract String description();

    /**
     * Returns the amount of the line, positive; {@link #signedAmount()} gives its sign in the total.
     *
     * @return the amount
     */
    public abstract Amount amount();

    /**
     * Returns the reference of the claim the line belongs to.
     *
     * @return the claim reference, for a principal line
     */
    public abstract Optional<String> claimReference();

    /**
     * Returns the first day the line covers: the first day of interest, the date of a payment or credit note, the
     * issue date of a claim, the day the compensation became due.
     *
     * @return the date, if the line has one
     */
    public abstract Optional<LocalDate> from();

    /**
     * Returns the last day an interest line covers, inclusive.
     *
     * @return the last day of interest, for an interest line
     */
    public abstract Optional<LocalDate> to();

    /**
     * Returns the texts the line rests on.
     *
     * @return the references, possibly none (a payment)
     */
    public abstract List<LegalReference> references();

    /**
     * Returns the amount with its sign in the total: negative for a deduction.
     *
     * @return the signed amount
     */
    public Amount signedAmount() {
        return kind().isDeduction() ? amount().negated() : amount();
    }

    @Value.Check
    void check() {
        if (!amount().isPositive()) {
            throw new InvalidCourtDocumentException("line.amount", amount(), "must be positive");
        }
        if (description().isBlank()) {
            throw new InvalidCourtDocumentException("line.description", "''", "must not be blank");
        }
        if (from().isPresent() && to().isPresent() && to().get().isBefore(from().get())) {
            throw new InvalidCourtDocumentException("line.to", to().get(), "is before from " + from().get());
        }
    }
}
