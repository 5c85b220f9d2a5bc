package org.recouvrement.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComputusTest {

    // 2026 from LEGAL-REFERENCE 2.2 (Easter Monday 6 April 2026); the others are the published Gregorian Easter dates
    // (checked against python-dateutil's easter(), an independent implementation).
    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"1900,1900-04-15", "1954,1954-04-18", "1961,1961-04-02", "2000,2000-04-23", "2008,2008-03-23",
        "2011,2011-04-24", "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05",
        "2038,2038-04-25", "2100,2100-03-28", "2199,2199-04-14"})
    void knownEasterSundays(int year, LocalDate easter) {
        assertEquals(easter, Computus.easterSunday(year));
    }

    @Test
    void everyEasterIsASundayBetween22MarchAnd25April() {
        for (int year = Calendars.FIRST_SUPPORTED_YEAR; year <= Calendars.LAST_SUPPORTED_YEAR; year++) {
            LocalDate easter = Computus.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), easter.toString());
            MonthDay day = MonthDay.from(easter);
            assertTrue(!day.isBefore(MonthDay.of(3, 22)) && !day.isAfter(MonthDay.of(4, 25)), easter.toString());
        }
    }
}
