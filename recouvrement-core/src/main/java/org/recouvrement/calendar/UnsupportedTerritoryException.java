package org.recouvrement.calendar;

import org.recouvrement.InvalidValueException;
import org.recouvrement.party.Territory;

/**
 * The library has no built-in public holiday calendar for a territory: another EU member state, a state outside the
 * EU, or a French territory with its own holidays and procedural code (New Caledonia, French Polynesia,
 * Wallis-et-Futuna, the French Southern and Antarctic Lands). Supply a
 * {@link org.recouvrement.spi.PublicHolidayCalendar} for it instead.
 */
public class UnsupportedTerritoryException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The territory without a built-in calendar. */
    private final Territory territory;

    /**
     * Creates the exception.
     *
     * @param field the name of the argument that held the territory, such as {@code "courtTerritory"}
     * @param territory the territory
     * @param rule why it is not supported, phrased to follow the territory
     */
    public UnsupportedTerritoryException(String field, Territory territory, String rule) {
        super(field, territory, rule);
        this.territory = territory;
    }

    /**
     * Returns the territory without a built-in calendar.
     *
     * @return the territory
     */
    public Territory territory() {
        return territory;
    }
}
