package org.recouvrement.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recouvrement.internal.Checks;

/**
 * The public holidays (<i>jours fériés</i>) and other non-working days (<i>jours chômés</i>) of a place, as CPC
 * art. 642 and Code judiciaire art. 53 use them to move a time limit that would expire on such a day.
 *
 * <p>The library ships a calendar for each French territory whose holidays it knows and for Belgium (see
 * {@code org.recouvrement.calendar.Calendars}); an integrator implements this interface to supply another one, for
 * example a court's own non-working days, or combines calendars with
 * {@code org.recouvrement.calendar.Calendars#union}.
 *
 * <p>Saturday and Sunday are never working days: CPC art. 642 al. 2 names "un samedi, un dimanche ou un jour férié
 * ou chômé", and C. jud. art. 53 al. 2 "un samedi, un dimanche ou un jour férié légal". {@link #isNonWorkingDay}
 * says so by default; an implementation only has to know its holidays.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li>Implementations must be immutable and thread-safe: the same date gives the same answer, from any thread,
 *       for the life of the instance. A lazily filled cache is allowed if it is safely published and never changes
 *       an answer already given.</li>
 *   <li>{@link #holiday(LocalDate)}, {@link #isPublicHoliday(LocalDate)} and {@link #holidays(int)} must agree:
 *       a date is a public holiday exactly when {@code holiday(date)} is present, and {@code holidays(year)} lists
 *       each such date of the year once, in date order.</li>
 *   <li>{@link #isNonWorkingDay(LocalDate)} must be true on every Saturday, Sunday and public holiday; it may be
 *       true on further days (a court closed by decision), never false on those.</li>
 *   <li>A date outside the years the implementation covers raises {@link UnsupportedYearException}; a
 *       {@code null} argument raises {@code org.recouvrement.MissingValueException}. No other exception is
 *       allowed: a day that is not a holiday is an answer ({@code false}, empty), not an error.</li>
 *   <li>{@link #isNonWorkingDay(LocalDate)} is called in hot loops (next working day, portfolio-wide deadline
 *       runs): it should neither allocate nor lock.</li>
 * </ul>
 */
public interface PublicHolidayCalendar {

    /**
     * Returns the public holiday on a date, if the date is one.
     *
     * @param date the date
     * @return the holiday with its name and legal reference, or empty
     * @throws UnsupportedYearException if the date is outside the years the calendar covers
     */
    Optional<PublicHoliday> holiday(LocalDate date);

    /**
     * Returns every public holiday of a year, in date order.
     *
     * @param year the year
     * @return the holidays, possibly empty
     * @throws UnsupportedYearException if the year is outside the years the calendar covers
     */
    List<PublicHoliday> holidays(int year);

    /**
     * Tells whether a date is a public holiday. Saturdays and Sundays are not, unless a holiday falls on them.
     *
     * @param date the date
     * @return true on a public holiday
     * @throws UnsupportedYearException if the date is outside the years the calendar covers
     */
    default boolean isPublicHoliday(LocalDate date) {
        return holiday(Checks.present(date, "date")).isPresent();
    }

    /**
     * Tells whether a date is not a working day (<i>jour ouvrable</i>) in the sense of CPC art. 642 and C. jud.
     * art. 53: a Saturday, a Sunday, a public holiday, or another day the calendar declares non-working.
     *
     * @param date the date
     * @return true on a day a time limit cannot expire
     * @throws UnsupportedYearException if the date is outside the years the calendar covers
     */
    default boolean isNonWorkingDay(LocalDate date) {
        DayOfWeek day = Checks.present(date, "date").getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || isPublicHoliday(date);
    }

    /**
     * Tells whether a date is a working day: neither Saturday, Sunday, public holiday nor declared non-working.
     *
     * @param date the date
     * @return true on a working day
     * @throws UnsupportedYearException if the date is outside the years the calendar covers
     */
    default boolean isWorkingDay(LocalDate date) {
        return !isNonWorkingDay(date);
    }
}
