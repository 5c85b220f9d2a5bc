package org.recouvrement.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import org.recouvrement.law.LegalReference;
import org.recouvrement.spi.PublicHoliday;

/**
 * One holiday as the law defines it: on a fixed day of the year or at a distance from Easter Sunday, in force from a
 * date (inclusive) until a date (exclusive), with the text that makes it a holiday. Immutable.
 */
final class HolidayRule {

    private final String name;
    private final MonthDay fixedDay;
    private final int easterOffset;
    private final LocalDate startInclusive;
    private final LocalDate endExclusive;
    private final LegalReference reference;

    private HolidayRule(String name, MonthDay fixedDay, int easterOffset, LocalDate startInclusive,
            LocalDate endExclusive, LegalReference reference) {
        this.name = name;
        this.fixedDay = fixedDay;
        this.easterOffset = easterOffset;
        this.startInclusive = startInclusive;
        this.endExclusive = endExclusive;
        this.reference = reference;
    }

    /**
     * A holiday on the same day every year, always in force.
     */
    static HolidayRule fixed(String name, int month, int day, LegalReference reference) {
        return new HolidayRule(name, MonthDay.of(month, day), 0, null, null, reference);
    }

    /**
     * A holiday at a distance from Easter Sunday, always in force.
     */
    static HolidayRule easter(String name, int offset, LegalReference reference) {
        return new HolidayRule(name, null, offset, null, null, reference);
    }

    /**
     * A holiday on one date only, such as an exceptional holiday set by decree.
     */
    static HolidayRule once(String name, LocalDate date, LegalReference reference) {
        return new HolidayRule(name, MonthDay.from(date), 0, date, date.plusDays(1), reference);
    }

    /**
     * Returns this rule in force from a date, inclusive.
     */
    HolidayRule from(LocalDate start) {
        return new HolidayRule(name, fixedDay, easterOffset, start, endExclusive, reference);
    }

    /**
     * Returns this rule in force until a date, exclusive.
     */
    HolidayRule until(LocalDate end) {
        return new HolidayRule(name, fixedDay, easterOffset, startInclusive, end, reference);
    }

    /**
     * Returns the holiday this rule gives in a year, or {@code null} if the rule is not in force on that day.
     */
    PublicHoliday in(int year, LocalDate easterSunday) {
        LocalDate date = fixedDay != null ? fixedDay.atYear(year) : easterSunday.plusDays(easterOffset);
        if (fixedDay != null && !fixedDay.isValidYear(year)) {
            return null;
        }
        if (startInclusive != null && date.isBefore(startInclusive)) {
            return null;
        }
        if (endExclusive != null && !date.isBefore(endExclusive)) {
            return null;
        }
        return PublicHoliday.of(date, name, reference);
    }

    @Override
    public String toString() {
        return name + (fixedDay != null ? " " + fixedDay : " Easter" + (easterOffset >= 0 ? "+" : "") + easterOffset)
                + (startInclusive != null ? " from " + startInclusive : "")
                + (endExclusive != null ? " until " + endExclusive : "") + " (" + reference.display() + ")";
    }
}
