package org.recouvrement.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * Cross-checks the built-in calendars of metropolitan France, Alsace-Moselle and Belgium, 1950-2100, against an
 * independent implementation, jollyday 1.8.1. Every difference is listed below with the legal source that shows
 * jollyday wrong (or, for Belgian Sundays, why the difference does not matter); any other difference fails.
 */
class JollydayCrossCheckTest {

    private static final int FIRST = 1950;
    private static final int LAST = 2100;

    /**
     * A known difference: which dates it covers, on which side, and the source.
     */
    private static final class KnownDifference {
        private final String source;
        private final boolean onlyInJollyday;
        private final Predicate<LocalDate> covers;

        KnownDifference(String source, boolean onlyInJollyday, Predicate<LocalDate> covers) {
            this.source = source;
            this.onlyInJollyday = onlyInJollyday;
            this.covers = covers;
        }
    }

    /** 8 May: a public holiday only 1953-1958, on 8 May 1965, and from 1982; jollyday has it every year. */
    private static final KnownDifference VICTORY_DAY = new KnownDifference(
            "8 May was made a public holiday by loi n° 53-225 du 20 mars 1953, stopped being one by décret n° 59-533 "
                    + "du 11 avril 1959 (but for 8 May 1965), and became one again by loi n° 81-893 du 2 octobre "
                    + "1981 (JORF of 21 March 1953, as reproduced at menilmontant.typepad.fr/jorf/2013/05; "
                    + "lci.fr 2019-05)",
            true, date -> date.getMonthValue() == 5 && date.getDayOfMonth() == 8
                    && (date.getYear() < 1953 || date.getYear() >= 1959 && date.getYear() <= 1981
                            && date.getYear() != 1965));

    /** Whit Monday 2004-2007: jollyday drops it; it stayed in the list of public holidays. */
    private static final KnownDifference WHIT_MONDAY = new KnownDifference(
            "Whit Monday stayed a public holiday of C. trav. art. L3133-1 (formerly L222-1) when loi n° 2004-626 "
                    + "made it the default 'journée de solidarité' (LEGAL-REFERENCE 2.2: 'remains a public holiday even "
                    + "where worked as journée de solidarité'); CPC art. 642 moves a time limit off a holiday",
            false, date -> date.getYear() >= 2004 && date.getYear() <= 2007
                    && date.equals(Computus.easterSunday(date.getYear()).plusDays(50)));

    /** Moselle: jollyday has 26 December but not Good Friday. */
    private static final KnownDifference MOSELLE_GOOD_FRIDAY = new KnownDifference(
            "C. trav. art. L3134-13 makes Good Friday a holiday in Bas-Rhin, Haut-Rhin and Moselle alike "
                    + "(LEGAL-REFERENCE 2.2; service-public.fr); jollyday's 'fr-57' lists only 26 December",
            false, date -> date.equals(Computus.easterSunday(date.getYear()).minusDays(2)));

    /** Belgium: jollyday lists Easter Sunday and Whit Sunday, which are Sundays anyway. */
    private static final KnownDifference BELGIAN_SUNDAYS = new KnownDifference(
            "Easter Sunday and Whit Sunday are not among the ten holidays of the arrêté royal du 18 avril 1974; "
                    + "being Sundays they are non-working days under C. jud. art. 53 in both implementations",
            true, date -> date.getDayOfWeek() == DayOfWeek.SUNDAY
                    && (date.equals(Computus.easterSunday(date.getYear()))
                            || date.equals(Computus.easterSunday(date.getYear()).plusDays(49))));

    /** Belgium: 2 May 2008 replaced Ascension Day, which fell on 1 May. */
    private static final KnownDifference BELGIAN_2008 = new KnownDifference(
            "arrêté royal du 3 juin 2007: 2 May 2008 is a legal holiday in place of Ascension Day, which fell on "
                    + "1 May 2008 (etaamb.openjustice.be; emploi.belgique.be 'Le 2 mai restera bien un jour férié')",
            false, date -> date.equals(LocalDate.of(2008, 5, 2)));

    private static final HolidayManager FRANCE = HolidayManager.getInstance(
            ManagerParameters.create(HolidayCalendar.FRANCE));
    private static final HolidayManager BELGIUM = HolidayManager.getInstance(
            ManagerParameters.create(HolidayCalendar.BELGIUM));

    @Test
    @DisplayName("Metropolitan France 1950-2100 equals jollyday but for 8 May history and Whit Monday 2004-2007")
    void metropolitanFrance() {
        assertSame(Calendars.forTerritory(Territory.METROPOLITAN_FRANCE), FRANCE, new String[0],
                List.of(VICTORY_DAY, WHIT_MONDAY));
    }

    @Test
    @DisplayName("Alsace-Moselle 1950-2100 equals jollyday's Bas-Rhin and Haut-Rhin, and Moselle but for Good Friday")
    void alsaceMoselle() {
        PublicHolidayCalendar ours = Calendars.forTerritory(Territory.ALSACE_MOSELLE);
        assertSame(ours, FRANCE, new String[] {"67"}, List.of(VICTORY_DAY, WHIT_MONDAY));
        assertSame(ours, FRANCE, new String[] {"68"}, List.of(VICTORY_DAY, WHIT_MONDAY));
        assertSame(ours, FRANCE, new String[] {"57"}, List.of(VICTORY_DAY, WHIT_MONDAY, MOSELLE_GOOD_FRIDAY));
    }

    @Test
    @DisplayName("Belgium 1950-2100 equals jollyday's public holidays but for Easter and Whit Sundays and 2 May 2008")
    void belgium() {
        assertSame(Calendars.forTerritory(Territory.BELGIUM), BELGIUM, new String[0],
                List.of(BELGIAN_SUNDAYS, BELGIAN_2008));
    }

    @Test
    @DisplayName("The known differences are real: each one occurs at least once")
    void knownDifferencesOccur() {
        assertTrue(jollyday(FRANCE, 1970).contains(LocalDate.of(1970, 5, 8)));
        assertTrue(!Calendars.forTerritory(Territory.METROPOLITAN_FRANCE).isPublicHoliday(LocalDate.of(1970, 5, 8)));
        assertTrue(!jollyday(FRANCE, 2006).contains(LocalDate.of(2006, 6, 5)));
        assertTrue(!jollyday(FRANCE, 2025, "57").contains(LocalDate.of(2025, 4, 18)));
        assertTrue(jollyday(BELGIUM, 2025).contains(LocalDate.of(2025, 4, 20)));
        assertTrue(!jollyday(BELGIUM, 2008).contains(LocalDate.of(2008, 5, 2)));
    }

    private static void assertSame(PublicHolidayCalendar ours, HolidayManager theirs, String[] subdivision,
            List<KnownDifference> known) {
        List<String> unexplained = new ArrayList<>();
        for (int year = FIRST; year <= LAST; year++) {
            Set<LocalDate> mine = ours.holidays(year).stream().map(PublicHoliday::date)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<LocalDate> jolly = jollyday(theirs, year, subdivision);
            for (LocalDate date : jolly) {
                if (!mine.contains(date) && known.stream().noneMatch(k -> k.onlyInJollyday && k.covers.test(date))) {
                    unexplained.add(date + " only in jollyday");
                }
            }
            for (LocalDate date : mine) {
                if (!jolly.contains(date) && known.stream().noneMatch(k -> !k.onlyInJollyday && k.covers.test(date))) {
                    unexplained.add(date + " only in " + ours);
                }
            }
        }
        assertEquals(List.of(), unexplained, "differences with jollyday without a legal source");
        for (KnownDifference difference : known) {
            assertTrue(!difference.source.isBlank());
        }
    }

    private static Set<LocalDate> jollyday(HolidayManager manager, int year, String... subdivision) {
        return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision).stream()
                .map(Holiday::getDate).collect(Collectors.toCollection(TreeSet::new));
    }
}
