package org.recouvrement.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.PublicHolidayCalendar;
import org.recouvrement.testing.PublicHolidayCalendarContract;

/**
 * A union of an integrator's own calendar (not built in) with a built-in one and a court's own days keeps the
 * contract too.
 */
class CourtCalendarProperties implements PublicHolidayCalendarContract {

    private static final LegalReference LOCAL = LegalReference.ofInstrument(Jurisdiction.FRANCE, "local custom (test)");

    /** A calendar that marks every 3 March as a holiday, written as an integrator would. */
    private static final PublicHolidayCalendar OWN = new PublicHolidayCalendar() {
        @Override
        public Optional<PublicHoliday> holiday(LocalDate date) {
            return date.getMonthValue() == 3 && date.getDayOfMonth() == 3
                    ? Optional.of(PublicHoliday.of(date, "Local day", LOCAL)) : Optional.empty();
        }

        @Override
        public List<PublicHoliday> holidays(int year) {
            return List.of(PublicHoliday.of(LocalDate.of(year, 3, 3), "Local day", LOCAL));
        }
    };

    private static final PublicHolidayCalendar COURT = Calendars.withNonWorkingDays(
            Calendars.union(OWN, Calendars.forTerritory(Territory.REUNION)),
            List.of(PublicHoliday.of(LocalDate.of(2025, 6, 12), "Court closed", LOCAL)));

    @Override
    public PublicHolidayCalendar calendar() {
        return COURT;
    }
}
