package org.recouvrement.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * The contract every {@link PublicHolidayCalendar} must keep, as jqwik properties. A test class implements this
 * interface and returns the calendar under test; the built-in calendars pass it, and so should an integrator's.
 *
 * <pre>{@code
 * class CourtCalendarProperties implements PublicHolidayCalendarContract {
 *     public PublicHolidayCalendar calendar() { return myCourtCalendar; }
 * }
 * }</pre>
 */
public interface PublicHolidayCalendarContract {

    /**
     * Returns the calendar under test.
     *
     * @return the calendar
     */
    PublicHolidayCalendar calendar();

    /**
     * Returns the first year the calendar covers.
     *
     * @return the year; 1900 unless overridden
     */
    default int firstYear() {
        return 1900;
    }

    /**
     * Returns the last year the calendar covers, inclusive.
     *
     * @return the year; 2199 unless overridden
     */
    default int lastYear() {
        return 2199;
    }

    /**
     * Dates within the covered years.
     *
     * @return the arbitrary
     */
    @Provide
    default Arbitrary<LocalDate> coveredDates() {
        return Arbitraries.longs()
                .between(LocalDate.of(firstYear(), 1, 1).toEpochDay(), LocalDate.of(lastYear(), 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Years within the covered years.
     *
     * @return the arbitrary
     */
    @Provide
    default Arbitrary<Integer> coveredYears() {
        return Arbitraries.integers().between(firstYear(), lastYear());
    }

    /**
     * Saturdays and Sundays are never working days (CPC art. 642, C. jud. art. 53).
     *
     * @param date a date
     */
    @Property(tries = 300)
    default void saturdaysAndSundaysAreNeverWorkingDays(@ForAll("coveredDates") LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend) {
            check(calendar().isNonWorkingDay(date), date + " is a weekend day but a working day");
        }
        check(calendar().isWorkingDay(date) != calendar().isNonWorkingDay(date),
                date + ": isWorkingDay and isNonWorkingDay agree");
    }

    /**
     * A date is a holiday exactly when {@code holiday(date)} is present, and a holiday is a non-working day.
     *
     * @param date a date
     */
    @Property(tries = 300)
    default void aHolidayIsANonWorkingDay(@ForAll("coveredDates") LocalDate date) {
        Optional<PublicHoliday> holiday = calendar().holiday(date);
        check(holiday.isPresent() == calendar().isPublicHoliday(date), date + ": holiday and isPublicHoliday disagree");
        holiday.ifPresent(h -> {
            check(h.date().equals(date), date + ": the holiday is dated " + h.date());
            check(calendar().isNonWorkingDay(date), date + " is a holiday but a working day");
        });
    }

    /**
     * {@code holidays(year)} lists each holiday of the year once, in date order, and nothing else.
     *
     * @param year a year
     */
    @Property(tries = 60)
    default void theHolidaysOfAYearAreItsHolidayDates(@ForAll("coveredYears") int year) {
        List<PublicHoliday> holidays = calendar().holidays(year);
        LocalDate previous = null;
        for (PublicHoliday holiday : holidays) {
            check(holiday.date().getYear() == year, holiday + " is not in " + year);
            check(previous == null || holiday.date().isAfter(previous), holidays + " is not in strict date order");
            check(calendar().holiday(holiday.date()).equals(Optional.of(holiday)), holiday + " differs by date");
            previous = holiday.date();
        }
        int count = 0;
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            count += calendar().isPublicHoliday(date) ? 1 : 0;
        }
        check(count == holidays.size(), year + ": " + count + " holiday dates but " + holidays.size() + " listed");
    }

    /**
     * The same question gives the same answer.
     *
     * @param date a date
     */
    @Property(tries = 100)
    default void answersNeverChange(@ForAll("coveredDates") LocalDate date) {
        check(calendar().holiday(date).equals(calendar().holiday(date)), date + ": holiday changed");
        check(calendar().isNonWorkingDay(date) == calendar().isNonWorkingDay(date), date + ": answer changed");
        check(calendar().holidays(date.getYear()).equals(calendar().holidays(date.getYear())), date + ": list changed");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
