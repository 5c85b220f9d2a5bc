package org.recouvrement.calendar;

import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHolidayCalendar;
import org.recouvrement.testing.PublicHolidayCalendarContract;

class FranceCalendarProperties implements PublicHolidayCalendarContract {

    @Override
    public PublicHolidayCalendar calendar() {
        return Calendars.forTerritory(Territory.METROPOLITAN_FRANCE);
    }
}
