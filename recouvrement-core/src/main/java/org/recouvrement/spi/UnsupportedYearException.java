package org.recouvrement.spi;

import org.recouvrement.InvalidValueException;

/**
 * A calendar was asked about a year it does not cover. The built-in calendars cover 1900 to 2199.
 *
 * <p>The message names the year and the supported range: {@code "year 2200 is outside the supported years
 * 1900-2199 of the calendar of BELGIUM"}.
 */
public class UnsupportedYearException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The year asked about. */
    private final int year;
    /** The first year covered. */
    private final int firstYear;
    /** The last year covered. */
    private final int lastYear;

    /**
     * Creates the exception.
     *
     * @param year the year asked about
     * @param firstYear the first year the calendar covers
     * @param lastYear the last year the calendar covers, inclusive
     * @param calendar a short description of the calendar, such as {@code "the calendar of BELGIUM"}
     */
    public UnsupportedYearException(int year, int firstYear, int lastYear, String calendar) {
        super("year", year, "is outside the supported years " + firstYear + "-" + lastYear + " of " + calendar);
        this.year = year;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /**
     * Returns the year asked about.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the first year the calendar covers.
     *
     * @return the first year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year the calendar covers.
     *
     * @return the last year, inclusive
     */
    public int lastYear() {
        return lastYear;
    }
}
