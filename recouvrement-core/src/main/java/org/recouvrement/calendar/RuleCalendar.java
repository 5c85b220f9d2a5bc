package org.recouvrement.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.recouvrement.internal.Checks;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.PublicHolidayCalendar;
import org.recouvrement.spi.UnsupportedYearException;

/**
 * A calendar computed from {@link HolidayRule rules}, for the years {@value Calendars#FIRST_SUPPORTED_YEAR} to
 * {@value Calendars#LAST_SUPPORTED_YEAR}.
 *
 * <p>Each year is computed once, on first use, into an immutable {@link YearTable}: a bit per day of the year that is
 * set on Saturdays, Sundays and holidays, and the sorted list of holidays. The tables are published through an
 * {@link AtomicReferenceArray}; two threads computing the same year at once compute equal tables and one wins, so
 * an answer never changes. {@link #isNonWorkingDay(LocalDate)} then costs a range check, an array read and a bit
 * test, without allocation.
 */
final class RuleCalendar implements PublicHolidayCalendar {

    private static final int YEARS = Calendars.LAST_SUPPORTED_YEAR - Calendars.FIRST_SUPPORTED_YEAR + 1;

    private final String description;
    private final List<HolidayRule> rules;
    private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(YEARS);

    RuleCalendar(String description, List<HolidayRule> rules) {
        this.description = description;
        this.rules = List.copyOf(rules);
    }

    List<HolidayRule> rules() {
        return rules;
    }

    String description() {
        return description;
    }

    @Override
    public Optional<PublicHoliday> holiday(LocalDate date) {
        Checks.present(date, "date");
        YearTable table = table(date.getYear());
        if (!table.isHoliday(date.getDayOfYear())) {
            return Optional.empty();
        }
        for (PublicHoliday holiday : table.holidays) {
            if (holiday.date().equals(date)) {
                return Optional.of(holiday);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<PublicHoliday> holidays(int year) {
        return table(year).holidays;
    }

    @Override
    public boolean isPublicHoliday(LocalDate date) {
        Checks.present(date, "date");
        return table(date.getYear()).isHoliday(date.getDayOfYear());
    }

    @Override
    public boolean isNonWorkingDay(LocalDate date) {
        Checks.present(date, "date");
        return table(date.getYear()).isNonWorking(date.getDayOfYear());
    }

    private YearTable table(int year) {
        int index = year - Calendars.FIRST_SUPPORTED_YEAR;
        if (index < 0 || index >= YEARS) {
            throw new UnsupportedYearException(year, Calendars.FIRST_SUPPORTED_YEAR, Calendars.LAST_SUPPORTED_YEAR,
                    description);
        }
        YearTable table = tables.get(index);
        if (table == null) {
            tables.compareAndSet(index, null, YearTable.compute(year, rules));
            table = tables.get(index);
        }
        return table;
    }

    @Override
    public String toString() {
        return description;
    }

    /**
     * The non-working days and holidays of one year. Immutable once built.
     */
    static final class YearTable {

        private final long[] nonWorking;
        private final long[] holidayBits;
        private final List<PublicHoliday> holidays;

        private YearTable(long[] nonWorking, long[] holidayBits, List<PublicHoliday> holidays) {
            this.nonWorking = nonWorking;
            this.holidayBits = holidayBits;
            this.holidays = holidays;
        }

        static YearTable compute(int year, List<HolidayRule> rules) {
            LocalDate easter = Computus.easterSunday(year);
            TreeMap<LocalDate, PublicHoliday> byDate = new TreeMap<>();
            for (HolidayRule rule : rules) {
                PublicHoliday holiday = rule.in(year, easter);
                if (holiday == null) {
                    continue;
                }
                PublicHoliday same = byDate.get(holiday.date());
                if (same == null) {
                    byDate.put(holiday.date(), holiday);
                } else if (!same.name().equals(holiday.name())) {
                    byDate.put(holiday.date(), PublicHoliday.of(holiday.date(),
                            same.name() + " and " + holiday.name(), same.reference()));
                }
            }
            long[] nonWorking = new long[6];
            long[] holidayBits = new long[6];
            LocalDate first = LocalDate.of(year, 1, 1);
            int firstDay = first.getDayOfWeek().getValue() - 1;
            int length = first.lengthOfYear();
            for (int day = 0; day < length; day++) {
                int weekday = (firstDay + day) % 7;
                if (weekday == DayOfWeek.SATURDAY.ordinal() || weekday == DayOfWeek.SUNDAY.ordinal()) {
                    nonWorking[day >>> 6] |= 1L << day;
                }
            }
            for (LocalDate date : byDate.keySet()) {
                int day = date.getDayOfYear() - 1;
                nonWorking[day >>> 6] |= 1L << day;
                holidayBits[day >>> 6] |= 1L << day;
            }
            return new YearTable(nonWorking, holidayBits, List.copyOf(new ArrayList<>(byDate.values())));
        }

        boolean isNonWorking(int dayOfYear) {
            int day = dayOfYear - 1;
            return (nonWorking[day >>> 6] & (1L << day)) != 0;
        }

        boolean isHoliday(int dayOfYear) {
            int day = dayOfYear - 1;
            return (holidayBits[day >>> 6] & (1L << day)) != 0;
        }
    }
}
