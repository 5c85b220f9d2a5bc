package org.recouvrement.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recouvrement.internal.Checks;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.PublicHolidayCalendar;
import org.recouvrement.spi.UnsupportedYearException;

/**
 * The built-in public holiday calendars (<i>calendriers des jours fériés</i>) of the territories whose law the
 * library knows, and the ways to combine them with an integrator's own.
 *
 * <pre>{@code
 * PublicHolidayCalendar paris = Calendars.forTerritory(Territory.METROPOLITAN_FRANCE);
 * paris.isNonWorkingDay(LocalDate.of(2023, 7, 14));     // true: National Day, C. trav. art. L3133-1
 * PublicHolidayCalendar court = Calendars.withNonWorkingDays(paris,
 *     List.of(PublicHoliday.of(LocalDate.of(2026, 6, 12), "Court closed", reference)));
 * }</pre>
 *
 * <h2>What the built-in calendars hold</h2>
 * <ul>
 *   <li><b>Metropolitan France</b> (Corsica included): the eleven public holidays of C. trav. art. L3133-1 (formerly
 *       L222-1): 1 January, Easter Monday, 1 May, 8 May, Ascension Day, Whit Monday, 14 July, 15 August,
 *       1 November, 11 November, 25 December. Where the law changed inside the supported years: 11 November from
 *       1922 (loi du 24 octobre 1922); 1 May from 1947 (loi n° 47-778 du 30 avril 1947); 8 May from 1953 to 1958
 *       (loi n° 53-225 du 20 mars 1953, ended by décret n° 59-533 du 11 avril 1959), on 8 May 1965 only (a decree
 *       for the twentieth anniversary) and from 1982 (loi n° 81-893 du 2 octobre 1981). Whit Monday is kept in
 *       2005-2007: loi n° 2004-626 made it the default "journée de solidarité", a day worked, but did not take it off
 *       the list of holidays, and CPC art. 642 moves a time limit off a holiday.</li>
 *   <li><b>Alsace-Moselle</b> (Bas-Rhin, Haut-Rhin, Moselle): the same plus Good Friday and 26 December, C. trav.
 *       art. L3134-13. The article limits Good Friday to communes with a Protestant church or a mixed church; it is
 *       applied here to the three departments, as in practice.</li>
 *   <li><b>Guadeloupe, Martinique, French Guiana, La Réunion, Mayotte</b>: the national list plus the
 *       commemoration of the abolition of slavery (C. trav. art. L3422-2): 27 May, 22 May, 10 June, 20 December,
 *       27 April, from décret n° 83-1003 du 23 novembre 1983 (so from 20 December 1983 in La Réunion and from 1984
 *       elsewhere).</li>
 *   <li><b>Saint-Barthélemy and Saint-Martin</b>: Guadeloupe's 27 May until décret n° 2012-553 du 23 avril 2012,
 *       then 9 October in Saint-Barthélemy and, in Saint-Martin, 27 May as decreed or 28 May from 2018 as the
 *       circulars apply it (see {@link SaintMartinAbolitionDay}; 28 May by default).</li>
 *   <li><b>Saint-Pierre-et-Miquelon</b>: the national list.</li>
 *   <li><b>Belgium</b>: the ten legal holidays of the arrêté royal du 18 avril 1974 (loi du 4 janvier 1974): 1 January,
 *       Easter Monday, 1 May, Ascension Day, Whit Monday, 21 July, 15 August, 1 November, 11 November,
 *       25 December, and 2 May 2008, which replaced Ascension Day when it fell on 1 May (arrêté royal du 3 juin
 *       2007). The community holidays are not legal holidays for C. jud. art. 53 and are offered apart,
 *       {@link #belgianCommunity(BelgianCommunity)}.</li>
 * </ul>
 *
 * <h2>What they do not hold</h2>
 * <ul>
 *   <li>Years outside {@value #FIRST_SUPPORTED_YEAR}-{@value #LAST_SUPPORTED_YEAR}: {@link UnsupportedYearException}.</li>
 *   <li>Belgium before 1974 is given the 1974 list; the earlier texts are not encoded. Alsace-Moselle before 1919
 *       (German law) and 1 May in 1941-1946 are not distinguished. Overseas customs that are not legal holidays
 *       (carnival days in the Antilles, 21 July in Guadeloupe and Martinique) are not included: a court that does
 *       not sit on such a day is described with {@link #withNonWorkingDays(PublicHolidayCalendar, Collection)}.</li>
 *   <li>New Caledonia, French Polynesia, Wallis-et-Futuna, the French Southern and Antarctic Lands, other EU member
 *       states and states outside the EU: {@link UnsupportedTerritoryException}; supply a calendar.</li>
 * </ul>
 *
 * <p>Every calendar returned is immutable and thread-safe. Each year is computed once, on first use, into a table
 * of non-working days; asking whether a day is a working day then allocates nothing.
 */
public final class Calendars {

    /** The first year the built-in calendars cover. */
    public static final int FIRST_SUPPORTED_YEAR = 1900;
    /** The last year the built-in calendars cover, inclusive. */
    public static final int LAST_SUPPORTED_YEAR = 2199;

    private static final Map<Territory, PublicHolidayCalendar> BUILT_IN = builtIn();
    private static final PublicHolidayCalendar SAINT_MARTIN_AS_DECREED = new RuleCalendar(
            "the calendar of SAINT_MARTIN (27 May as decreed)",
            HolidayLaws.overseas(Territory.SAINT_MARTIN, SaintMartinAbolitionDay.MAY_27_AS_DECREED));
    private static final Map<BelgianCommunity, PublicHolidayCalendar> COMMUNITIES = communities();

    private Calendars() {
    }

    /**
     * Returns the built-in calendar of a territory; for Saint-Martin, with 28 May from 2018.
     *
     * @param territory the territory, usually where the court sits or the act must be done
     * @return the calendar
     * @throws UnsupportedTerritoryException if the library has no calendar for the territory
     */
    public static PublicHolidayCalendar forTerritory(Territory territory) {
        Checks.present(territory, "territory");
        PublicHolidayCalendar calendar = BUILT_IN.get(territory);
        if (calendar == null) {
            throw new UnsupportedTerritoryException("territory", territory,
                    "has no built-in public holiday calendar; supply a PublicHolidayCalendar for it");
        }
        return calendar;
    }

    /**
     * Returns the built-in calendar of a territory, with the given choice for Saint-Martin's commemoration of the
     * abolition of slavery. The choice matters only for {@link Territory#SAINT_MARTIN}.
     *
     * @param territory the territory
     * @param saintMartin which day Saint-Martin commemorates the abolition of slavery
     * @return the calendar
     * @throws UnsupportedTerritoryException if the library has no calendar for the territory
     */
    public static PublicHolidayCalendar forTerritory(Territory territory, SaintMartinAbolitionDay saintMartin) {
        Checks.present(saintMartin, "saintMartin");
        if (territory == Territory.SAINT_MARTIN && saintMartin == SaintMartinAbolitionDay.MAY_27_AS_DECREED) {
            return SAINT_MARTIN_AS_DECREED;
        }
        return forTerritory(territory);
    }

    /**
     * Tells whether the library has a built-in calendar for a territory.
     *
     * @param territory the territory
     * @return true if {@link #forTerritory(Territory)} answers for it
     */
    public static boolean isSupported(Territory territory) {
        Checks.present(territory, "territory");
        return BUILT_IN.containsKey(territory);
    }

    /**
     * Returns a calendar holding only the holiday of a Belgian community. It is not a legal holiday under C. jud.
     * art. 53; combine it with {@link #union} where an integrator wants it.
     *
     * @param community the community
     * @return the calendar of the community holiday
     */
    public static PublicHolidayCalendar belgianCommunity(BelgianCommunity community) {
        Checks.present(community, "community");
        return COMMUNITIES.get(community);
    }

    /**
     * Returns the union of calendars: a day is a holiday, or a non-working day, if it is one in any of them. Where
     * several give a holiday on the same date, the first one given names it.
     *
     * @param first the first calendar
     * @param others the other calendars
     * @return the union
     */
    public static PublicHolidayCalendar union(PublicHolidayCalendar first, PublicHolidayCalendar... others) {
        Checks.present(first, "first");
        Checks.present(others, "others");
        List<PublicHolidayCalendar> all = new ArrayList<>(others.length + 1);
        all.add(first);
        for (PublicHolidayCalendar other : others) {
            all.add(Checks.present(other, "others[]"));
        }
        if (all.size() == 1) {
            return first;
        }
        boolean allBuiltIn = all.stream().allMatch(RuleCalendar.class::isInstance);
        if (!allBuiltIn) {
            return new UnionCalendar(all);
        }
        List<HolidayRule> rules = new ArrayList<>();
        StringBuilder description = new StringBuilder("union of ");
        for (int i = 0; i < all.size(); i++) {
            RuleCalendar calendar = (RuleCalendar) all.get(i);
            rules.addAll(calendar.rules());
            description.append(i == 0 ? "" : ", ").append(calendar.description());
        }
        return new RuleCalendar(description.toString(), rules);
    }

    /**
     * Returns a calendar with further non-working days, such as the days a court does not sit
     * (<i>jours chômés</i>). Each day given counts as a holiday, with its name and reference.
     *
     * @param base the calendar to extend
     * @param days the further non-working days, each within the supported years
     * @return the extended calendar
     * @throws UnsupportedYearException if a day is outside the supported years
     */
    public static PublicHolidayCalendar withNonWorkingDays(PublicHolidayCalendar base,
            Collection<PublicHoliday> days) {
        Checks.present(base, "base");
        Checks.present(days, "days");
        List<HolidayRule> rules = new ArrayList<>(days.size());
        for (PublicHoliday day : days) {
            Checks.present(day, "days[]");
            int year = day.date().getYear();
            if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
                throw new UnsupportedYearException(year, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR,
                        "the non-working days given");
            }
            rules.add(HolidayRule.once(day.name(), day.date(), day.reference()));
        }
        return union(base, new RuleCalendar("non-working days " + days, rules));
    }

    private static Map<Territory, PublicHolidayCalendar> builtIn() {
        Map<Territory, PublicHolidayCalendar> calendars = new EnumMap<>(Territory.class);
        calendars.put(Territory.METROPOLITAN_FRANCE, calendar(Territory.METROPOLITAN_FRANCE, HolidayLaws.france()));
        calendars.put(Territory.ALSACE_MOSELLE, calendar(Territory.ALSACE_MOSELLE, HolidayLaws.alsaceMoselle()));
        for (Territory territory : List.of(Territory.GUADELOUPE, Territory.MARTINIQUE, Territory.FRENCH_GUIANA,
                Territory.REUNION, Territory.MAYOTTE, Territory.SAINT_PIERRE_AND_MIQUELON,
                Territory.SAINT_BARTHELEMY, Territory.SAINT_MARTIN)) {
            calendars.put(territory, calendar(territory,
                    HolidayLaws.overseas(territory, SaintMartinAbolitionDay.MAY_28_SINCE_2018)));
        }
        calendars.put(Territory.BELGIUM, calendar(Territory.BELGIUM, HolidayLaws.belgium()));
        return Map.copyOf(calendars);
    }

    private static Map<BelgianCommunity, PublicHolidayCalendar> communities() {
        Map<BelgianCommunity, PublicHolidayCalendar> calendars = new EnumMap<>(BelgianCommunity.class);
        for (BelgianCommunity community : BelgianCommunity.values()) {
            calendars.put(community, new RuleCalendar("the calendar of the " + community + " community holiday",
                    HolidayLaws.belgianCommunity(community)));
        }
        return Map.copyOf(calendars);
    }

    private static RuleCalendar calendar(Territory territory, List<HolidayRule> rules) {
        return new RuleCalendar("the calendar of " + territory, rules);
    }
}
