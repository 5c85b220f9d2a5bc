package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;

/**
 * One line of an interest statement: a period of constant rate, base and regime, and the interest it produced.
 *
 * <p>{@code interest = base × rate × days / yearLength}, rounded to the cent half-up ({@link Amount#ROUNDING}). The
 * period runs from {@link #from()} to {@link #to()}, both inclusive; the lines of a statement follow each other
 * without gap or overlap. Immutable.
 */
public final class InterestLine {

    private final LocalDate from;
    private final LocalDate to;
    private final int days;
    private final int yearLength;
    private final Amount base;
    private final Rate rate;
    private final LegalReference reference;
    private final LegalReference rateSource;
    private final Amount interest;
    private final int notes;

    InterestLine(LocalDate from, LocalDate to, int days, int yearLength, Amount base, Rate rate,
            LegalReference reference, LegalReference rateSource, Amount interest, int notes) {
        this.from = from;
        this.to = to;
        this.days = days;
        this.yearLength = yearLength;
        this.base = base;
        this.rate = rate;
        this.reference = reference;
        this.rateSource = rateSource;
        this.interest = interest;
        this.notes = notes;
    }

    /**
     * Returns the first day of the line.
     *
     * @return the first day, inclusive
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the last day of the line.
     *
     * @return the last day, inclusive
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Returns the number of days of the line, both ends included.
     *
     * @return the days, at least one
     */
    public int days() {
        return days;
    }

    /**
     * Returns the number of days of the year the annual rate is divided by.
     *
     * @return 365, or 366 for a leap year under {@link DayCount#ACTUAL_366_IN_LEAP_YEARS}
     */
    public int yearLength() {
        return yearLength;
    }

    /**
     * Returns the amount that bore interest: the principal still owed, plus any capitalised interest.
     *
     * @return the base
     */
    public Amount base() {
        return base;
    }

    /**
     * Returns the annual rate applied.
     *
     * @return the rate
     */
    public Rate rate() {
        return rate;
    }

    /**
     * Returns the rule that set the rate, such as {@code C. com. art. L441-10}.
     *
     * @return the legal reference
     */
    public LegalReference reference() {
        return reference;
    }

    /**
     * Returns where the rate value comes from: the arrêté, ECB decision or Belgian notice of the table row used, or
     * the contract.
     *
     * @return the source of the rate
     */
    public LegalReference rateSource() {
        return rateSource;
    }

    /**
     * Returns the interest of the line, rounded to the cent.
     *
     * @return the interest
     */
    public Amount interest() {
        return interest;
    }

    /**
     * Returns what a reader should know about the rate of this line.
     *
     * @return the notes, possibly empty
     */
    public Set<LineNote> notes() {
        EnumSet<LineNote> set = EnumSet.noneOf(LineNote.class);
        for (LineNote note : LineNote.values()) {
            if (hasNote(note)) {
                set.add(note);
            }
        }
        return Set.copyOf(set);
    }

    /**
     * Tells whether the line carries a note.
     *
     * @param note the note
     * @return true if present
     */
    public boolean hasNote(LineNote note) {
        return (notes & bit(note)) != 0;
    }

    static int bit(LineNote note) {
        return 1 << note.ordinal();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InterestLine other
                && from.equals(other.from) && to.equals(other.to) && days == other.days
                && yearLength == other.yearLength && base.equals(other.base) && rate.equals(other.rate)
                && reference.equals(other.reference) && rateSource.equals(other.rateSource)
                && interest.equals(other.interest) && notes == other.notes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, days, base, rate, interest);
    }

    /**
     * Returns the line as a statement prints it: {@code "2024-01-01..2024-03-31 91 d EUR 1000.00 × 14.50% / 365 =
     * EUR 36.15 [C. com. art. L441-10]"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return from + ".." + to + " " + days + " d " + base + " × " + rate + " / " + yearLength + " = " + interest
                + " [" + reference.display() + "]" + (notes == 0 ? "" : " " + notes());
    }
}
