package org.recouvrement.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;

/**
 * The dates during which a rule is in force: from a first day, inclusive, until a day, exclusive, or without end.
 *
 * <p>A rule that changed on 1 January 2020 has one period ending (exclusive) on 2020-01-01 and the next starting
 * (inclusive) on that day, so that every date falls in exactly one of them.
 */
public final class EffectivePeriod {

    private final LocalDate startInclusive;
    private final LocalDate endExclusive;

    private EffectivePeriod(LocalDate startInclusive, LocalDate endExclusive) {
        this.startInclusive = startInclusive;
        this.endExclusive = endExclusive;
    }

    /**
     * Returns the period from a first day, inclusive, without end.
     *
     * @param startInclusive the first day in force
     * @return the period
     */
    public static EffectivePeriod from(LocalDate startInclusive) {
        return new EffectivePeriod(Checks.present(startInclusive, "startInclusive"), null);
    }

    /**
     * Returns the period from a first day, inclusive, to a day, exclusive.
     *
     * @param startInclusive the first day in force
     * @param endExclusive the first day no longer in force
     * @return the period
     * @throws InvalidValueException if the end is not after the start
     */
    public static EffectivePeriod ofHalfOpen(LocalDate startInclusive, LocalDate endExclusive) {
        Checks.present(startInclusive, "startInclusive");
        Checks.present(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new InvalidValueException("endExclusive", endExclusive,
                    "is not after startInclusive " + startInclusive);
        }
        return new EffectivePeriod(startInclusive, endExclusive);
    }

    /**
     * Returns the first day in force.
     *
     * @return the start, inclusive
     */
    public LocalDate startInclusive() {
        return startInclusive;
    }

    /**
     * Returns the first day no longer in force, if the period ends.
     *
     * @return the end, exclusive, or empty for a period still in force
     */
    public Optional<LocalDate> endExclusive() {
        return Optional.ofNullable(endExclusive);
    }

    /**
     * Tells whether the rule is in force on a date.
     *
     * @param date the date
     * @return true if the date is in the period
     */
    public boolean contains(LocalDate date) {
        Checks.present(date, "date");
        return !date.isBefore(startInclusive) && (endExclusive == null || date.isBefore(endExclusive));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EffectivePeriod other
                && startInclusive.equals(other.startInclusive)
                && Objects.equals(endExclusive, other.endExclusive);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startInclusive, endExclusive);
    }

    /**
     * Returns the period as {@code [2020-01-01, 2022-03-01)} or {@code [2022-03-01, …)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "[" + startInclusive + ", " + (endExclusive == null ? "…" : endExclusive.toString()) + ")";
    }
}
