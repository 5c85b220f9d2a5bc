package org.recouvrement.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.LegalReference;

/**
 * A public holiday (<i>jour férié</i>) or another non-working day (<i>jour chômé</i>) on a date, with the text that
 * makes it one. For example Easter Monday 2026-04-06, C. trav. art. L3133-1.
 *
 * <p>The name is English and stable ({@code "Easter Monday"}, {@code "Abolition of slavery (Guadeloupe)"}); an
 * application translates it for its users. Immutable and thread-safe; equal when date, name and reference are equal.
 */
public final class PublicHoliday implements Comparable<PublicHoliday> {

    private final LocalDate date;
    private final String name;
    private final LegalReference reference;

    private PublicHoliday(LocalDate date, String name, LegalReference reference) {
        this.date = date;
        this.name = name;
        this.reference = reference;
    }

    /**
     * Returns a holiday.
     *
     * @param date the date of the holiday
     * @param name its English name, not blank
     * @param reference the text that makes the day a holiday or a non-working day
     * @return the holiday
     * @throws InvalidValueException if the name is blank
     */
    public static PublicHoliday of(LocalDate date, String name, LegalReference reference) {
        Checks.present(date, "date");
        Checks.present(name, "name");
        Checks.present(reference, "reference");
        if (name.isBlank()) {
            throw new InvalidValueException("name", "''", "must not be blank");
        }
        return new PublicHoliday(date, name.strip(), reference);
    }

    /**
     * Returns the date of the holiday.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the English name of the holiday.
     *
     * @return the name, such as {@code "Easter Monday"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the text that makes the day a holiday or a non-working day.
     *
     * @return the reference, such as {@code C. trav. art. L3133-1}
     */
    public LegalReference reference() {
        return reference;
    }

    /**
     * Orders holidays by date, then by name.
     *
     * @param other the other holiday
     * @return a negative number, zero or a positive number as this holiday comes before, with or after the other
     */
    @Override
    public int compareTo(PublicHoliday other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PublicHoliday other
                && date.equals(other.date) && name.equals(other.name) && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, name, reference);
    }

    /**
     * Returns the holiday as {@code "2026-04-06 Easter Monday (C. trav. art. L3133-1)"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return date + " " + name + " (" + reference.display() + ")";
    }
}
