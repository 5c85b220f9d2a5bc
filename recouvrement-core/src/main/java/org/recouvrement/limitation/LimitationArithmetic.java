package org.recouvrement.limitation;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;

/**
 * The date arithmetic of limitation, kept in one place (C. civ. art. 2228, 2229).
 *
 * <p>A limitation period is counted in days, the day it starts from not counted (art. 2228), and is acquired when the
 * last day is over, at 24:00 (art. 2229). The replay works on epoch days ({@link LocalDate#toEpochDay()}). A period in years or months runs from date to date
 * (<i>de quantième à quantième</i>): a five-year period starting on 15 March 2020 has 15 March 2025 as its last day;
 * without a matching day in the last month, the last day of that month ({@link LocalDate#plus(java.time.TemporalAmount)}
 * clamps the same way). Unlike a procedural time limit (CPC art. 642), the last day is never moved to the next working
 * day when it falls on a Saturday, a Sunday or a public holiday.
 *
 * <p>Only this class computes dates, so that the shared arithmetic of procedural time limits can replace it without
 * touching the rules.
 */
final class LimitationArithmetic {

    private LimitationArithmetic() {
    }

    /**
     * Returns the last day of a period that starts on a day (that day not counted).
     *
     * @param start the day the period starts from (the event, the due date)
     * @param length the length of the period
     * @return the last day on which the claim can still be acted upon, until 24:00
     */
    static LocalDate lastDay(LocalDate start, Period length) {
        return start.plus(length);
    }

    /**
     * Returns the last day of a period of whole years that starts on a day (that day not counted), from date to
     * date: {@link #lastDay(LocalDate, Period)} on epoch days.
     *
     * @param start the day the period starts from, as an epoch day
     * @param years the length of the period in years
     * @return the last day, as an epoch day
     */
    static long lastDay(long start, int years) {
        return LocalDate.ofEpochDay(start).plusYears(years).toEpochDay();
    }

    /**
     * Returns the long-stop of C. civ. art. 2232: twenty years from the birth of the right.
     *
     * @param birth the day the right arose, as an epoch day
     * @return the last day of the long-stop, as an epoch day
     */
    static long longStop(long birth) {
        return lastDay(birth, 20);
    }

    /**
     * Returns the days the six months of C. civ. art. 2238 al. 2 and 2239 al. 2 hold from a day: after a mediation,
     * the small-claims procedure or a measure of inquiry, the period resumes for at least six months.
     *
     * @param end the day the suspension ended, as an epoch day
     * @return the number of days to the earliest last day
     */
    static long resumptionDays(long end) {
        return LocalDate.ofEpochDay(end).plusMonths(6).toEpochDay() - end;
    }

    /**
     * Tells whether a claim whose period ends on a last day is time-barred on a date, on epoch days.
     *
     * @param lastDay the last day of the period
     * @param date the date asked about
     * @return true from the day after the last day
     */
    static boolean isTimeBarredOn(long lastDay, long date) {
        return date > lastDay;
    }

    /**
     * Returns the last day of the calendar year of a date, from which some Belgian periods run.
     *
     * @param date the date
     * @return 31 December of its year
     */
    static LocalDate endOfCalendarYear(LocalDate date) {
        return date.with(TemporalAdjusters.lastDayOfYear());
    }

    /**
     * Returns the earlier of two dates.
     *
     * @param a a date
     * @param b another date
     * @return the earlier one
     */
    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
