package org.recouvrement.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Territory;

/**
 * The holiday rules of French and Belgian law, with the dates they were in force. See {@link Calendars} for what is
 * covered and from when.
 */
final class HolidayLaws {

    /** C. trav. art. L3133-1: the eleven public holidays of France (formerly art. L222-1). */
    static final LegalReference FRENCH_HOLIDAYS = LegalCode.LABOUR_CODE.article("L3133-1");
    /** C. trav. art. L3134-13: Good Friday and 26 December in Bas-Rhin, Haut-Rhin and Moselle. */
    static final LegalReference ALSACE_MOSELLE_HOLIDAYS = LegalCode.LABOUR_CODE.article("L3134-13");
    /** C. trav. art. L3422-2: the commemoration of the abolition of slavery is a public holiday overseas. */
    static final LegalReference ABOLITION_OF_SLAVERY = LegalCode.LABOUR_CODE.article("L3422-2");
    /** Décret n° 83-1003 du 23 novembre 1983: the date of the commemoration in each territory. */
    static final LegalReference DECREE_1983 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "décret n° 83-1003 du 23 novembre 1983", "1");
    /** Décret n° 2012-553 du 23 avril 2012: adds Saint-Barthélemy (9 October) and Saint-Martin (27 May). */
    static final LegalReference DECREE_2012 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "décret n° 2012-553 du 23 avril 2012", "1");
    /** The interministerial circulars on the commemorations of slavery (since 2018): 28 May in Saint-Martin. */
    static final LegalReference SAINT_MARTIN_CIRCULARS = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "circulaires interministérielles relatives aux commémorations de l'esclavage (2018 et s.)");
    /** Loi n° 53-225 du 20 mars 1953: 8 May a public holiday, until décret n° 59-533 du 11 avril 1959. */
    static final LegalReference VICTORY_DAY_1953 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "loi n° 53-225 du 20 mars 1953");
    /** The decree that made 8 May 1965, twentieth anniversary of the victory, a public holiday once. */
    static final LegalReference VICTORY_DAY_1965 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "décret du 1er avril 1965");
    /** Arrêté royal du 18 avril 1974 (loi du 4 janvier 1974 relative aux jours fériés): the ten Belgian holidays. */
    static final LegalReference BELGIAN_HOLIDAYS = LegalReference.ofInstrument(Jurisdiction.BELGIUM,
            "arrêté royal du 18 avril 1974", "1");
    /** Arrêté royal du 3 juin 2007: 2 May 2008 replaces Ascension Day, which fell on 1 May 2008. */
    static final LegalReference BELGIAN_2008 = LegalReference.ofInstrument(Jurisdiction.BELGIUM,
            "arrêté royal du 3 juin 2007");

    /** The day décret n° 83-1003 fixed the overseas commemorations. */
    static final LocalDate OVERSEAS_DAYS_FROM = LocalDate.of(1983, 11, 23);
    /** The day décret n° 2012-553 came into force. */
    static final LocalDate DECREE_2012_FROM = LocalDate.of(2012, 4, 26);
    /** The first year the circulars moved Saint-Martin's commemoration to 28 May. */
    static final LocalDate SAINT_MARTIN_28_MAY_FROM = LocalDate.of(2018, 1, 1);

    private HolidayLaws() {
    }

    /**
     * The eleven holidays of C. trav. art. L3133-1, each from the year it became one.
     */
    static List<HolidayRule> france() {
        List<HolidayRule> rules = new ArrayList<>();
        rules.add(HolidayRule.fixed("New Year's Day", 1, 1, FRENCH_HOLIDAYS));
        rules.add(HolidayRule.easter("Easter Monday", 1, FRENCH_HOLIDAYS));
        // Loi n° 47-778 du 30 avril 1947: 1 May a public holiday, paid and not worked.
        rules.add(HolidayRule.fixed("Labour Day", 5, 1, FRENCH_HOLIDAYS).from(LocalDate.of(1947, 1, 1)));
        rules.add(HolidayRule.fixed("Victory in Europe Day", 5, 8, VICTORY_DAY_1953)
                .from(LocalDate.of(1953, 3, 21)).until(LocalDate.of(1959, 1, 1)));
        rules.add(HolidayRule.once("Victory in Europe Day", LocalDate.of(1965, 5, 8), VICTORY_DAY_1965));
        // Loi n° 81-893 du 2 octobre 1981: 8 May a public holiday again.
        rules.add(HolidayRule.fixed("Victory in Europe Day", 5, 8, FRENCH_HOLIDAYS).from(LocalDate.of(1981, 10, 3)));
        rules.add(HolidayRule.easter("Ascension Day", 39, FRENCH_HOLIDAYS));
        // Whit Monday stayed in the list when loi n° 2004-626 made it the default "journée de solidarité".
        rules.add(HolidayRule.easter("Whit Monday", 50, FRENCH_HOLIDAYS));
        rules.add(HolidayRule.fixed("National Day", 7, 14, FRENCH_HOLIDAYS));
        rules.add(HolidayRule.fixed("Assumption Day", 8, 15, FRENCH_HOLIDAYS));
        rules.add(HolidayRule.fixed("All Saints' Day", 11, 1, FRENCH_HOLIDAYS));
        // Loi du 24 octobre 1922: 11 November a public holiday.
        rules.add(HolidayRule.fixed("Armistice Day", 11, 11, FRENCH_HOLIDAYS).from(LocalDate.of(1922, 10, 25)));
        rules.add(HolidayRule.fixed("Christmas Day", 12, 25, FRENCH_HOLIDAYS));
        return rules;
    }

    /**
     * The French holidays plus Good Friday and 26 December (C. trav. art. L3134-13).
     */
    static List<HolidayRule> alsaceMoselle() {
        List<HolidayRule> rules = france();
        rules.add(HolidayRule.easter("Good Friday", -2, ALSACE_MOSELLE_HOLIDAYS));
        rules.add(HolidayRule.fixed("St Stephen's Day", 12, 26, ALSACE_MOSELLE_HOLIDAYS));
        return rules;
    }

    /**
     * The French holidays plus the territory's commemoration of the abolition of slavery.
     */
    static List<HolidayRule> overseas(Territory territory, SaintMartinAbolitionDay saintMartin) {
        List<HolidayRule> rules = france();
        String name = "Abolition of slavery";
        switch (territory) {
            case GUADELOUPE:
                rules.add(HolidayRule.fixed(name, 5, 27, DECREE_1983).from(OVERSEAS_DAYS_FROM));
                break;
            case MARTINIQUE:
                rules.add(HolidayRule.fixed(name, 5, 22, DECREE_1983).from(OVERSEAS_DAYS_FROM));
                break;
            case FRENCH_GUIANA:
                rules.add(HolidayRule.fixed(name, 6, 10, DECREE_1983).from(OVERSEAS_DAYS_FROM));
                break;
            case REUNION:
                rules.add(HolidayRule.fixed(name, 12, 20, DECREE_1983).from(OVERSEAS_DAYS_FROM));
                break;
            case MAYOTTE:
                rules.add(HolidayRule.fixed(name, 4, 27, DECREE_1983).from(OVERSEAS_DAYS_FROM));
                break;
            case SAINT_BARTHELEMY:
                // A commune of Guadeloupe until 2007: Guadeloupe's day until décret n° 2012-553 gave it its own.
                rules.add(HolidayRule.fixed(name, 5, 27, DECREE_1983).from(OVERSEAS_DAYS_FROM).until(DECREE_2012_FROM));
                rules.add(HolidayRule.fixed(name, 10, 9, DECREE_2012).from(DECREE_2012_FROM));
                break;
            case SAINT_MARTIN:
                rules.add(HolidayRule.fixed(name, 5, 27, DECREE_1983).from(OVERSEAS_DAYS_FROM).until(DECREE_2012_FROM));
                if (saintMartin == SaintMartinAbolitionDay.MAY_27_AS_DECREED) {
                    rules.add(HolidayRule.fixed(name, 5, 27, DECREE_2012).from(DECREE_2012_FROM));
                } else {
                    rules.add(HolidayRule.fixed(name, 5, 27, DECREE_2012).from(DECREE_2012_FROM)
                            .until(SAINT_MARTIN_28_MAY_FROM));
                    rules.add(HolidayRule.fixed(name, 5, 28, SAINT_MARTIN_CIRCULARS).from(SAINT_MARTIN_28_MAY_FROM));
                }
                break;
            default:
                // Saint-Pierre-et-Miquelon: the national list only.
                break;
        }
        return rules;
    }

    /**
     * The ten legal holidays of Belgium (arrêté royal du 18 avril 1974), and 2 May 2008.
     */
    static List<HolidayRule> belgium() {
        List<HolidayRule> rules = new ArrayList<>();
        rules.add(HolidayRule.fixed("New Year's Day", 1, 1, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.easter("Easter Monday", 1, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.fixed("Labour Day", 5, 1, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.easter("Ascension Day", 39, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.easter("Whit Monday", 50, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.fixed("National Day", 7, 21, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.fixed("Assumption Day", 8, 15, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.fixed("All Saints' Day", 11, 1, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.fixed("Armistice Day", 11, 11, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.fixed("Christmas Day", 12, 25, BELGIAN_HOLIDAYS));
        rules.add(HolidayRule.once("Replacement of Ascension Day", LocalDate.of(2008, 5, 2), BELGIAN_2008));
        return rules;
    }

    /**
     * A Belgian community holiday, which is not a legal holiday.
     */
    static List<HolidayRule> belgianCommunity(BelgianCommunity community) {
        LegalReference reference = LegalReference.ofInstrument(Jurisdiction.BELGIUM,
                community.holidayName() + " (community holiday, not a legal holiday under C. jud. art. 53)");
        return List.of(HolidayRule.fixed(community.holidayName(), community.month(), community.dayOfMonth(),
                reference));
    }
}
