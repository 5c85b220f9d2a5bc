package org.recouvrement.dunning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * Date arithmetic of step triggers: calendar days, or working days of a territory.
 */
final class Schedule {

    private Schedule() {
    }

    /**
     * Returns the date an offset away: for working days, the n-th working day after (or before, for a negative
     * offset) the date, the date itself not counted; the date itself for a zero offset.
     */
    static LocalDate shift(LocalDate date, int offset, OffsetUnit unit, Territory territory) {
        if (unit == OffsetUnit.CALENDAR_DAYS || offset == 0) {
            return date.plusDays(offset);
        }
        PublicHolidayCalendar calendar = Calendars.isSupported(territory) ? Calendars.forTerritory(territory) : null;
        int step = offset > 0 ? 1 : -1;
        int remaining = Math.abs(offset);
        LocalDate day = date;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(calendar, day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Tells whether working days of a territory are counted with Monday to Friday only, for want of a calendar. */
    static boolean lacksCalendar(Territory territory) {
        return !Calendars.isSupported(territory);
    }

    private static boolean isWorkingDay(PublicHolidayCalendar calendar, LocalDate day) {
        if (calendar != null) {
            return calendar.isWorkingDay(day);
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
