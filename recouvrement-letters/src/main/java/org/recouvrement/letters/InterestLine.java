package org.recouvrement.letters;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;

/**
 * One line of an interest statement (<i>décompte des intérêts</i>): interest on a base amount, at one rate, over one
 * period, under one rule of law.
 *
 * <p>The period runs from {@link #from()} to {@link #to()}, both inclusive, and {@link #days()} counts its days: the
 * line from 15 February to 31 March 2026 counts 45 days. The amount is the one the caller computed (the interest
 * package of core, or the ERP); the letter prints it and never recomputes it. A line per semester is usual, since the
 * French statutory rates change each semester (C. com. art. L441-10 II; CMF art. L313-2).
 */
@Value.Immutable
public abstract class InterestLine {

    InterestLine() {
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
     * Builds an {@link InterestLine}; every attribute but the claim reference is required.
     */
    public static final class Builder extends ImmutableInterestLine.Builder {
        Builder() {
        }
    }

    /**
     * Returns the letter's line for one line of core's interest statement: same period, days, base, rate, legal basis
     * and amount.
     *
     * @param line the line computed by {@code org.recouvrement.interest.InterestCalculator}
     * @param claimReference the claim the line belongs to, shown on grouped letters
     * @return the letter's line
     */
    public static InterestLine from(org.recouvrement.interest.InterestLine line, String claimReference) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(claimReference, "claimReference");
        return builder().claimReference(claimReference).from(line.from()).to(line.to()).days(line.days())
                .base(line.base()).rate(line.rate()).basis(line.reference()).amount(line.interest()).build();
    }

    /**
     * Returns the reference of the claim the interest accrues on, where a letter lists several.
     *
     * @return the claim's reference, if given
     */
    public abstract Optional<String> claimReference();

    /**
     * Returns the first day of the period, inclusive.
     *
     * @return the first day
     */
    public abstract LocalDate from();

    /**
     * Returns the last day of the period, inclusive.
     *
     * @return the last day
     */
    public abstract LocalDate to();

    /**
     * Returns the number of days of the period, both ends included.
     *
     * @return the day count
     */
    public abstract long days();

    /**
     * Returns the amount the interest is computed on.
     *
     * @return the base
     */
    public abstract Amount base();

    /**
     * Returns the annual rate applied.
     *
     * @return the rate
     */
    public abstract Rate rate();

    /**
     * Returns the rule the rate comes from: C. com. art. L441-10 for B2B late-payment interest, C. civ. art. 1231-6
     * for the legal rate, the contract for a contractual rate.
     *
     * @return the legal basis
     */
    public abstract LegalReference basis();

    /**
     * Returns the interest for the period, as computed by the caller.
     *
     * @return the amount, not negative
     */
    public abstract Amount amount();

    @Value.Check
    void check() {
        if (to().isBefore(from())) {
            throw new InvalidLetterException("interest.to", to(), "is before interest.from " + from());
        }
        long expected = ChronoUnit.DAYS.between(from(), to()) + 1;
        if (days() != expected) {
            throw new InvalidLetterException("interest.days", days(), "does not count the " + expected
                    + " days from " + from() + " to " + to() + ", both inclusive");
        }
        if (!base().currency().equals(amount().currency())) {
            throw new InvalidLetterException("interest.amount", amount(), "is not in the currency of the base " + base());
        }
        if (!base().isPositive()) {
            throw new InvalidLetterException("interest.base", base(), "must be positive");
        }
        if (amount().isNegative()) {
            throw new InvalidLetterException("interest.amount", amount(), "must not be negative");
        }
        if (rate().isNegative()) {
            throw new InvalidLetterException("interest.rate", rate(), "must not be negative");
        }
    }
}
