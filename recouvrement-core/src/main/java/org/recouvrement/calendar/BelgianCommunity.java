package org.recouvrement.calendar;

/**
 * A Belgian community and its holiday (<i>fête de la Communauté</i>). Community holidays are not legal holidays
 * (<i>jours fériés légaux</i>) in the sense of C. jud. art. 53: they do not move a time limit, and the built-in
 * Belgian calendar leaves them out. {@link Calendars#belgianCommunity(BelgianCommunity)} offers each as an opt-in
 * calendar for an integrator that wants it, for example for its own office days.
 */
public enum BelgianCommunity {

    /** The Flemish Community, 11 July. */
    FLEMISH(7, 11, "Flemish Community Day"),
    /** The French Community (Fédération Wallonie-Bruxelles), 27 September. */
    FRENCH(9, 27, "French Community Day"),
    /** The German-speaking Community, 15 November. */
    GERMAN_SPEAKING(11, 15, "German-speaking Community Day");

    private final int month;
    private final int day;
    private final String holidayName;

    BelgianCommunity(int month, int day, String holidayName) {
        this.month = month;
        this.day = day;
        this.holidayName = holidayName;
    }

    /**
     * Returns the month of the community holiday.
     *
     * @return the month, 1 to 12
     */
    public int month() {
        return month;
    }

    /**
     * Returns the day of the month of the community holiday.
     *
     * @return the day of the month
     */
    public int dayOfMonth() {
        return day;
    }

    /**
     * Returns the English name of the community holiday.
     *
     * @return the name, such as {@code "Flemish Community Day"}
     */
    public String holidayName() {
        return holidayName;
    }
}
