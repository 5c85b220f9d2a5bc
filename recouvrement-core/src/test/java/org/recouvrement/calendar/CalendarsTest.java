package org.recouvrement.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.PublicHolidayCalendar;
import org.recouvrement.spi.UnsupportedYearException;

class CalendarsTest {

    private static final PublicHolidayCalendar FRANCE = Calendars.forTerritory(Territory.METROPOLITAN_FRANCE);
    private static final PublicHolidayCalendar BELGIUM = Calendars.forTerritory(Territory.BELGIUM);

    private static List<LocalDate> dates(PublicHolidayCalendar calendar, int year) {
        return calendar.holidays(year).stream().map(PublicHoliday::date).collect(Collectors.toList());
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    @DisplayName("France 2026: the eleven holidays of C. trav. L3133-1 on the dates of LEGAL-REFERENCE 2.2")
    void france2026() {
        assertEquals(List.of(d(2026, 1, 1), d(2026, 4, 6), d(2026, 5, 1), d(2026, 5, 8), d(2026, 5, 14),
                d(2026, 5, 25), d(2026, 7, 14), d(2026, 8, 15), d(2026, 11, 1), d(2026, 11, 11), d(2026, 12, 25)),
                dates(FRANCE, 2026));
        PublicHoliday whitMonday = FRANCE.holiday(d(2026, 5, 25)).orElseThrow();
        assertEquals("Whit Monday", whitMonday.name());
        assertEquals(LegalCode.LABOUR_CODE.article("L3133-1"), whitMonday.reference());
    }

    @Test
    @DisplayName("Alsace-Moselle 2026: + Good Friday 3 April and 26 December (C. trav. L3134-13, LEGAL-REFERENCE 2.2)")
    void alsaceMoselle2026() {
        PublicHolidayCalendar alsace = Calendars.forTerritory(Territory.ALSACE_MOSELLE);
        assertEquals(13, alsace.holidays(2026).size());
        assertEquals(LegalCode.LABOUR_CODE.article("L3134-13"), alsace.holiday(d(2026, 4, 3)).orElseThrow().reference());
        assertTrue(alsace.isPublicHoliday(d(2026, 12, 26)));
        assertFalse(FRANCE.isPublicHoliday(d(2026, 4, 3)));
        assertFalse(FRANCE.isPublicHoliday(d(2026, 12, 26)));
    }

    @Test
    @DisplayName("Belgium 2026: the ten legal holidays on the dates of LEGAL-REFERENCE 2.4")
    void belgium2026() {
        assertEquals(List.of(d(2026, 1, 1), d(2026, 4, 6), d(2026, 5, 1), d(2026, 5, 14), d(2026, 5, 25),
                d(2026, 7, 21), d(2026, 8, 15), d(2026, 11, 1), d(2026, 11, 11), d(2026, 12, 25)),
                dates(BELGIUM, 2026));
    }

    @ParameterizedTest(name = "{0}: abolition of slavery on {1} (décret 83-1003, C. trav. L3422-2)")
    @CsvSource({"GUADELOUPE,2026-05-27", "MARTINIQUE,2026-05-22", "FRENCH_GUIANA,2026-06-10", "REUNION,2026-12-20",
        "MAYOTTE,2026-04-27", "SAINT_BARTHELEMY,2026-10-09", "SAINT_MARTIN,2026-05-28"})
    void overseasDays(Territory territory, LocalDate day) {
        PublicHolidayCalendar calendar = Calendars.forTerritory(territory);
        assertTrue(calendar.isPublicHoliday(day));
        assertEquals(12, calendar.holidays(2026).size());
        assertFalse(FRANCE.isPublicHoliday(day));
        assertTrue(calendar.holiday(day).orElseThrow().name().startsWith("Abolition of slavery"));
    }

    @Test
    @DisplayName("Overseas days from décret 83-1003 of 23 November 1983; Saint-Barthélemy's own day from 2012")
    void overseasHistory() {
        assertFalse(Calendars.forTerritory(Territory.GUADELOUPE).isPublicHoliday(d(1983, 5, 27)));
        assertTrue(Calendars.forTerritory(Territory.GUADELOUPE).isPublicHoliday(d(1984, 5, 27)));
        assertTrue(Calendars.forTerritory(Territory.REUNION).isPublicHoliday(d(1983, 12, 20)));
        PublicHolidayCalendar barth = Calendars.forTerritory(Territory.SAINT_BARTHELEMY);
        assertTrue(barth.isPublicHoliday(d(2011, 5, 27)));
        assertFalse(barth.isPublicHoliday(d(2011, 10, 9)));
        assertFalse(barth.isPublicHoliday(d(2013, 5, 27)));
        assertTrue(barth.isPublicHoliday(d(2013, 10, 9)));
        assertEquals(11, Calendars.forTerritory(Territory.SAINT_PIERRE_AND_MIQUELON).holidays(2026).size());
    }

    @Test
    @DisplayName("Saint-Martin: 28 May from 2018 by default, 27 May as decreed on request (LEGAL-REFERENCE 7.3 item 8)")
    void saintMartinIsConfigurable() {
        PublicHolidayCalendar circulars = Calendars.forTerritory(Territory.SAINT_MARTIN);
        PublicHolidayCalendar decree = Calendars.forTerritory(Territory.SAINT_MARTIN,
                SaintMartinAbolitionDay.MAY_27_AS_DECREED);
        assertTrue(circulars.isPublicHoliday(d(2025, 5, 28)));
        assertFalse(circulars.isPublicHoliday(d(2025, 5, 27)));
        assertTrue(circulars.isPublicHoliday(d(2017, 5, 27)));
        assertTrue(decree.isPublicHoliday(d(2025, 5, 27)));
        assertFalse(decree.isPublicHoliday(d(2025, 5, 28)));
        assertEquals(FRANCE, Calendars.forTerritory(Territory.METROPOLITAN_FRANCE,
                SaintMartinAbolitionDay.MAY_27_AS_DECREED));
    }

    @Test
    @DisplayName("French history: 11 November from 1922, 1 May from 1947, 8 May 1953-1958, 1965 and from 1982")
    void frenchHistory() {
        assertFalse(FRANCE.isPublicHoliday(d(1921, 11, 11)));
        assertTrue(FRANCE.isPublicHoliday(d(1922, 11, 11)));
        assertFalse(FRANCE.isPublicHoliday(d(1946, 5, 1)));
        assertTrue(FRANCE.isPublicHoliday(d(1947, 5, 1)));
        assertFalse(FRANCE.isPublicHoliday(d(1952, 5, 8)));
        assertTrue(FRANCE.isPublicHoliday(d(1953, 5, 8)));
        assertTrue(FRANCE.isPublicHoliday(d(1958, 5, 8)));
        assertFalse(FRANCE.isPublicHoliday(d(1959, 5, 8)));
        assertTrue(FRANCE.isPublicHoliday(d(1965, 5, 8)));
        assertFalse(FRANCE.isPublicHoliday(d(1981, 5, 8)));
        assertTrue(FRANCE.isPublicHoliday(d(1982, 5, 8)));
        assertTrue(FRANCE.isPublicHoliday(d(2006, 6, 5)), "Whit Monday 2006 stays a holiday");
        assertEquals("Labour Day and Ascension Day", FRANCE.holiday(d(2008, 5, 1)).orElseThrow().name());
        assertEquals(10, FRANCE.holidays(2008).size());
    }

    @Test
    @DisplayName("Belgium 2008: 2 May replaces Ascension Day (arrêté royal du 3 juin 2007)")
    void belgium2008() {
        assertTrue(BELGIUM.isPublicHoliday(d(2008, 5, 2)));
        assertFalse(BELGIUM.isPublicHoliday(d(2009, 5, 2)));
        assertEquals(10, BELGIUM.holidays(2008).size(), "1 May and Ascension Day on one date, plus 2 May");
    }

    @Test
    @DisplayName("Community holidays are opt-in and not legal holidays (C. jud. 53)")
    void communities() {
        assertFalse(BELGIUM.isPublicHoliday(d(2025, 7, 11)));
        assertTrue(Calendars.belgianCommunity(BelgianCommunity.FLEMISH).isPublicHoliday(d(2025, 7, 11)));
        assertTrue(Calendars.belgianCommunity(BelgianCommunity.FRENCH).isPublicHoliday(d(2025, 9, 27)));
        assertTrue(Calendars.belgianCommunity(BelgianCommunity.GERMAN_SPEAKING).isPublicHoliday(d(2025, 11, 15)));
        PublicHolidayCalendar flanders = Calendars.union(BELGIUM, Calendars.belgianCommunity(BelgianCommunity.FLEMISH));
        assertTrue(flanders.isNonWorkingDay(d(2025, 7, 11)));
        assertTrue(flanders.isNonWorkingDay(d(2025, 7, 21)));
        assertEquals(11, flanders.holidays(2025).size());
    }

    @Test
    @DisplayName("Working days: Saturday and Sunday never are (CPC 642, C. jud. 53)")
    void weekends() {
        assertTrue(FRANCE.isNonWorkingDay(d(2026, 3, 7)));
        assertTrue(FRANCE.isNonWorkingDay(d(2026, 3, 8)));
        assertTrue(FRANCE.isWorkingDay(d(2026, 3, 9)));
        assertFalse(FRANCE.isPublicHoliday(d(2026, 3, 7)));
        assertEquals(Optional.empty(), FRANCE.holiday(d(2026, 3, 9)));
    }

    @Test
    @DisplayName("Union and a court's own days, with built-in and custom calendars")
    void combining() {
        PublicHolidayCalendar both = Calendars.union(FRANCE, BELGIUM);
        assertTrue(both.isPublicHoliday(d(2025, 7, 14)));
        assertTrue(both.isPublicHoliday(d(2025, 7, 21)));
        LegalReference order = LegalReference.ofInstrument(Jurisdiction.FRANCE, "ordonnance du président (example)");
        PublicHoliday closed = PublicHoliday.of(d(2025, 6, 12), "Court closed", order);
        PublicHolidayCalendar court = Calendars.withNonWorkingDays(FRANCE, List.of(closed));
        assertEquals(Optional.of(closed), court.holiday(d(2025, 6, 12)));
        assertTrue(court.isNonWorkingDay(d(2025, 6, 12)));
        assertFalse(FRANCE.isNonWorkingDay(d(2025, 6, 12)));

        PublicHolidayCalendar custom = new PublicHolidayCalendar() {
            @Override
            public Optional<PublicHoliday> holiday(LocalDate date) {
                return date.equals(d(2025, 6, 13)) ? Optional.of(PublicHoliday.of(date, "Custom", order))
                        : Optional.empty();
            }

            @Override
            public List<PublicHoliday> holidays(int year) {
                return year == 2025 ? List.of(PublicHoliday.of(d(2025, 6, 13), "Custom", order)) : List.of();
            }
        };
        PublicHolidayCalendar mixed = Calendars.withNonWorkingDays(custom, List.of(closed));
        assertTrue(mixed.isNonWorkingDay(d(2025, 6, 12)));
        assertTrue(mixed.isNonWorkingDay(d(2025, 6, 13)));
        assertEquals(List.of(d(2025, 6, 12), d(2025, 6, 13)), dates(mixed, 2025));
        assertTrue(Calendars.union(custom, FRANCE).isPublicHoliday(d(2025, 7, 14)));
    }

    @Test
    @DisplayName("Typed errors: unsupported territory, year outside 1900-2199")
    void errors() {
        UnsupportedTerritoryException territory = assertThrows(UnsupportedTerritoryException.class,
                () -> Calendars.forTerritory(Territory.NEW_CALEDONIA));
        assertEquals(Territory.NEW_CALEDONIA, territory.territory());
        assertTrue(territory.getMessage().contains("NEW_CALEDONIA"));
        for (Territory unsupported : List.of(Territory.FRENCH_POLYNESIA, Territory.WALLIS_AND_FUTUNA,
                Territory.FRENCH_SOUTHERN_AND_ANTARCTIC_LANDS, Territory.OTHER_EU_MEMBER_STATE,
                Territory.OUTSIDE_EUROPEAN_UNION, Territory.NEW_CALEDONIA)) {
            assertFalse(Calendars.isSupported(unsupported));
            assertThrows(UnsupportedTerritoryException.class, () -> Calendars.forTerritory(unsupported));
        }
        UnsupportedYearException year = assertThrows(UnsupportedYearException.class, () -> FRANCE.holidays(2200));
        assertEquals(2200, year.year());
        assertEquals(1900, year.firstYear());
        assertEquals(2199, year.lastYear());
        assertTrue(year.getMessage().contains("2200"));
        assertThrows(UnsupportedYearException.class, () -> BELGIUM.isNonWorkingDay(d(1899, 12, 31)));
        assertThrows(UnsupportedYearException.class, () -> Calendars.withNonWorkingDays(FRANCE,
                List.of(PublicHoliday.of(d(2200, 1, 2), "Too late", LegalCode.LABOUR_CODE.article("L3133-1")))));
        assertEquals(8, FRANCE.holidays(1900).size(), "1900: no 1 May, 8 May or 11 November yet");
        assertEquals(11, FRANCE.holidays(2199).size());
    }

    @Test
    @DisplayName("Lazily computed years give the same answers from many threads as from one")
    void threadSafe() {
        PublicHolidayCalendar fresh = Calendars.union(FRANCE, Calendars.belgianCommunity(BelgianCommunity.FLEMISH));
        PublicHolidayCalendar reference = Calendars.union(FRANCE, Calendars.belgianCommunity(BelgianCommunity.FLEMISH));
        LocalDate first = d(1900, 1, 1);
        int days = (int) (d(2199, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        List<Boolean> parallel = IntStream.range(0, days).parallel()
                .mapToObj(i -> fresh.isNonWorkingDay(first.plusDays((i * 7919L) % days)))
                .collect(Collectors.toList());
        List<Boolean> sequential = IntStream.range(0, days)
                .mapToObj(i -> reference.isNonWorkingDay(first.plusDays((i * 7919L) % days)))
                .collect(Collectors.toList());
        assertEquals(sequential, parallel);
    }
}
