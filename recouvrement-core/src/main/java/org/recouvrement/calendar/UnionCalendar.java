package org.recouvrement.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.recouvrement.internal.Checks;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * The union of calendars of which at least one is not built in: a day is a holiday, or non-working, if it is in any
 * of them. Where several give a holiday on the same date, the first one given wins. Immutable if its parts are.
 */
final class UnionCalendar implements PublicHolidayCalendar {

    private final PublicHolidayCalendar[] parts;

    UnionCalendar(List<PublicHolidayCalendar> parts) {
        this.parts = parts.toArray(new PublicHolidayCalendar[0]);
    }

    @Override
    public Optional<PublicHoliday> holiday(LocalDate date) {
        Checks.present(date, "date");
        for (PublicHolidayCalendar part : parts) {
            Optional<PublicHoliday> holiday = part.holiday(date);
            if (holiday.isPresent()) {
                return holiday;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<PublicHoliday> holidays(int year) {
        TreeMap<LocalDate, PublicHoliday> byDate = new TreeMap<>();
        for (PublicHolidayCalendar part : parts) {
            for (PublicHoliday holiday : part.holidays(year)) {
                byDate.putIfAbsent(holiday.date(), holiday);
            }
        }
        return List.copyOf(new ArrayList<>(byDate.values()));
    }

    @Override
    public boolean isPublicHoliday(LocalDate date) {
        Checks.present(date, "date");
        for (PublicHolidayCalendar part : parts) {
            if (part.isPublicHoliday(date)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isNonWorkingDay(LocalDate date) {
        Checks.present(date, "date");
        for (PublicHolidayCalendar part : parts) {
            if (part.isNonWorkingDay(date)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("union of ");
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : ", ").append(parts[i]);
        }
        return out.toString();
    }
}
