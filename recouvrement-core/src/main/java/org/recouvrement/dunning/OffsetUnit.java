package org.recouvrement.dunning;

/**
 * The unit of a step's offset.
 */
public enum OffsetUnit {
    /** Calendar days. */
    CALENDAR_DAYS,
    /**
     * Working days of the debtor's territory: neither Saturday, Sunday nor public holiday, with the built-in calendar
     * of the territory ({@link org.recouvrement.calendar.Calendars#forTerritory}); Monday to Friday where the library
     * has no calendar for it.
     */
    WORKING_DAYS
}
