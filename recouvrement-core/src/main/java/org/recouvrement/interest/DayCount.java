package org.recouvrement.interest;

/**
 * How days of delay are turned into a fraction of the annual rate.
 *
 * <p>The sources compute interest as amount × annual rate × days / 365 (LEGAL-REFERENCE §4.1, practice quoted from
 * bpifrance-creation.fr); for leap years practice varies and no authoritative rule was found, so the choice is the
 * caller's and every statement says which was used.
 */
public enum DayCount {

    /** Actual days / 365 in every year: the library's default, as the sources use. */
    ACTUAL_365("actual days / 365"),

    /**
     * Actual days / 366 for the days of a leap year and / 365 otherwise; lines are split on 1 January so that each
     * line lies in one year.
     */
    ACTUAL_366_IN_LEAP_YEARS("actual days / 366 in leap years, / 365 otherwise");

    private final String description;

    DayCount(String description) {
        this.description = description;
    }

    /**
     * Returns the convention as a statement prints it.
     *
     * @return the description, such as {@code "actual days / 365"}
     */
    public String description() {
        return description;
    }

    /**
     * Returns the length of the year a day of the given year is divided by.
     *
     * @param year the calendar year
     * @return 365 or 366
     */
    public int yearLength(int year) {
        return this == ACTUAL_366_IN_LEAP_YEARS && java.time.Year.isLeap(year) ? 366 : 365;
    }
}
