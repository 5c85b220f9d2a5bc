package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.LegalTimeline;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Amount;

/**
 * The legal facts the routes rest on, as data with their dates of application and sources (LEGAL-REFERENCE §3).
 */
final class RouteLaw {

    private RouteLaw() {
    }

    static final LocalDate JUDICIAL_REFORM_2020 = LocalDate.of(2020, 1, 1);
    static final LocalDate ORDER_FOR_PAYMENT_REFORM = LocalDate.of(2022, 3, 1);
    static final LocalDate COMMISSAIRE_DE_JUSTICE = LocalDate.of(2022, 7, 1);
    static final LocalDate SMALL_CLAIMS_PROCEDURE_IN_FORCE = LocalDate.of(2016, 6, 1);
    static final LocalDate EUROPEAN_ORDER_FOR_PAYMENT_IN_FORCE = LocalDate.of(2008, 12, 12);
    static final LocalDate EUROPEAN_SMALL_CLAIMS_IN_FORCE = LocalDate.of(2009, 1, 1);
    static final LocalDate TAE_START = LocalDate.of(2025, 1, 1);
    static final LocalDate TAE_END_EXCLUSIVE = LocalDate.of(2029, 1, 1);
    static final LocalDate BOOK_XIX_IN_FORCE = LocalDate.of(2023, 9, 1);
    static final LocalDate BELGIAN_UNCONTESTED_PROCEDURE_IN_FORCE = LocalDate.of(2016, 6, 1);
    static final LocalDate BELGIAN_JUSTICE_OF_THE_PEACE_5000 = LocalDate.of(2018, 9, 1);

    static final LegalReference L125_1 = LegalCode.CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES.article("L125-1");
    static final LegalReference CPC_1405 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1405");
    static final LegalReference CPC_1406 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1406");
    static final LegalReference CPC_1407 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1407");
    static final LegalReference CPC_1410 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1410");
    static final LegalReference CPC_1411 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1411");
    static final LegalReference CPC_1416 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1416");
    static final LegalReference CPC_1422 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1422");
    static final LegalReference CPC_1423_OLD = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "CPC art. 1423 al. 2 (version before décret 2021-1322)");
    static final LegalReference CPC_54 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("54");
    static final LegalReference CPC_57 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("57");
    static final LegalReference CPC_1408 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1408");
    static final LegalReference CPC_1424_2 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1424-2");
    static final LegalReference CIV_1231_5 = LegalCode.CIVIL_CODE.article("1231-5");
    static final LegalReference COM_L622_25 = LegalCode.COMMERCIAL_CODE.article("L622-25");
    static final LegalReference COM_L622_28 = LegalCode.COMMERCIAL_CODE.article("L622-28");
    static final LegalReference REG_1896_2006_ART_7 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 1896/2006", "7");
    static final LegalReference REG_1896_2006_ANNEX_I = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 1896/2006, Annex I (form A), replaced by Reg. (EU) No 936/2012 and Delegated Reg. (EU) "
                    + "2017/1260");
    static final LegalReference REG_1896_2006_ART_6_2 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 1896/2006", "6(2)");
    static final LegalReference REG_1215_2012_ART_4 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EU) No 1215/2012", "4");
    static final LegalReference CPC_835 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("835");
    static final LegalReference CPC_873 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("873");
    static final LegalReference CPC_42 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("42");
    static final LegalReference CPC_46 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("46");
    static final LegalReference CPC_490 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("490");
    static final LegalReference CPC_750_1 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("750-1");
    static final LegalReference CPC_760 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("760");
    static final LegalReference CPC_761 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("761");
    static final LegalReference CPC_853 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("853");
    static final LegalReference COJ_R211_3_24 = LegalCode.CODE_OF_JUDICIAL_ORGANISATION.article("R211-3-24");
    static final LegalReference COM_R721_6 = LegalCode.COMMERCIAL_CODE.article("R721-6");
    static final LegalReference CIV_1344 = LegalCode.CIVIL_CODE.article("1344");
    static final LegalReference CIV_1344_1 = LegalCode.CIVIL_CODE.article("1344-1");
    static final LegalReference CIV_1231_6 = LegalCode.CIVIL_CODE.article("1231-6");
    static final LegalReference CIV_1219 = LegalCode.CIVIL_CODE.article("1219");
    static final LegalReference CIV_1220 = LegalCode.CIVIL_CODE.article("1220");
    static final LegalReference CIV_2240 = LegalCode.CIVIL_CODE.article("2240");
    static final LegalReference CPCE_L111_8 = LegalCode.CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES.article("L111-8");
    static final LegalReference COM_L622_21 = LegalCode.COMMERCIAL_CODE.article("L622-21");
    static final LegalReference COM_L622_7 = LegalCode.COMMERCIAL_CODE.article("L622-7");
    static final LegalReference COM_L622_24 = LegalCode.COMMERCIAL_CODE.article("L622-24");
    static final LegalReference COM_R622_24 = LegalCode.COMMERCIAL_CODE.article("R622-24");
    static final LegalReference COM_L622_26 = LegalCode.COMMERCIAL_CODE.article("L622-26");
    static final LegalReference COM_L622_17 = LegalCode.COMMERCIAL_CODE.article("L622-17");
    static final LegalReference COM_L441_10 = LegalCode.COMMERCIAL_CODE.article("L441-10");
    static final LegalReference COM_L721_3 = LegalCode.COMMERCIAL_CODE.article("L721-3");
    static final LegalReference LOI_2019_222 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "loi 2019-222 du 23 mars 2019");
    static final LegalReference ORD_2016_728 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "ord. 2016-728 du 2 juin 2016", "25");
    static final LegalReference LOI_2023_1059 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "loi 2023-1059 du 20 nov. 2023", "26");
    static final LegalReference DECRET_2021_1322 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "décret 2021-1322 du 11 oct. 2021", "3");
    static final LegalReference DECRET_2019_1333 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "décret 2019-1333 du 11 déc. 2019");
    static final LegalReference DECRET_2005_1678 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "décret 2005-1678 du 28 déc. 2005");
    static final LegalReference DECRET_2016_285 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "décret 2016-285 du 9 mars 2016");
    static final LegalReference DECRET_2023_357 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "décret 2023-357 du 11 mai 2023");
    static final LegalReference CE_2022_436939 = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "CE, 22 sept. 2022, n° 436939");
    static final LegalReference REG_1896_2006 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 1896/2006", "2");
    static final LegalReference REG_1896_2006_ART_3 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 1896/2006", "3");
    static final LegalReference REG_1896_2006_ART_16 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 1896/2006", "16");
    static final LegalReference REG_1896_2006_ART_24 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 1896/2006", "24");
    static final LegalReference REG_1896_2006_ART_6 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 1896/2006", "6");
    static final LegalReference REG_861_2007 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 861/2007", "2");
    static final LegalReference REG_861_2007_ART_3 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 861/2007", "3");
    static final LegalReference REG_861_2007_ART_10 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EC) No 861/2007", "10");
    static final LegalReference REG_2015_2421 = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EU) 2015/2421");
    static final LegalReference CDE_XIX = LegalCode.BELGIAN_CODE_OF_ECONOMIC_LAW.article("XIX.2");
    static final LegalReference BE_LOI_2002 = LegalReference.ofInstrument(Jurisdiction.BELGIUM,
            "loi du 20 décembre 2002 relative au recouvrement amiable des dettes du consommateur");
    static final LegalReference CJUD_1394_20 = LegalCode.BELGIAN_JUDICIAL_CODE.article("1394/20");
    static final LegalReference CJUD_1338 = LegalCode.BELGIAN_JUDICIAL_CODE.article("1338");
    static final LegalReference CJUD_700 = LegalCode.BELGIAN_JUDICIAL_CODE.article("700");
    static final LegalReference CJUD_590 = LegalCode.BELGIAN_JUDICIAL_CODE.article("590");
    static final LegalReference CJUD_617 = LegalCode.BELGIAN_JUDICIAL_CODE.article("617");
    static final LegalReference CDE_XX = LegalCode.BELGIAN_CODE_OF_ECONOMIC_LAW.article("XX.1");

    /** Ceiling of the simplified small-claims procedure, principal and interest (CPCE L125-1, R125-1). */
    static final LegalTimeline<Amount> SMALL_CLAIMS_CEILING = LegalTimeline.of(List.of(
            Provision.of(Amount.euros(4000), EffectivePeriod.ofHalfOpen(SMALL_CLAIMS_PROCEDURE_IN_FORCE,
                    JUDICIAL_REFORM_2020), DECRET_2016_285),
            Provision.of(Amount.euros(5000), EffectivePeriod.from(JUDICIAL_REFORM_2020), DECRET_2019_1333)));

    /** Judgments on claims up to this amount are given without appeal (COJ R211-3-24, C. com. R721-6). */
    static final LegalTimeline<Amount> APPEAL_THRESHOLD = LegalTimeline.of(List.of(
            Provision.of(Amount.euros(4000), EffectivePeriod.ofHalfOpen(LocalDate.of(2006, 3, 1),
                    JUDICIAL_REFORM_2020), DECRET_2005_1678),
            Provision.of(Amount.euros(5000), EffectivePeriod.from(JUDICIAL_REFORM_2020), DECRET_2019_1333)));

    /** Above this amount a lawyer is mandatory before the tribunal judiciaire and the commercial court. */
    static final Amount LAWYER_THRESHOLD = Amount.euros(10000);

    /** CPC 750-1 prior amicable attempt: periods in force (annulled 22 Sept 2022, re-established 1 Oct 2023). */
    static final LegalTimeline<Boolean> PRIOR_AMICABLE_ATTEMPT = LegalTimeline.of(List.of(
            Provision.of(true, EffectivePeriod.ofHalfOpen(JUDICIAL_REFORM_2020, LocalDate.of(2022, 9, 22)),
                    DECRET_2019_1333),
            Provision.of(false, EffectivePeriod.ofHalfOpen(LocalDate.of(2022, 9, 22), LocalDate.of(2023, 10, 1)),
                    CE_2022_436939),
            Provision.of(true, EffectivePeriod.from(LocalDate.of(2023, 10, 1)), DECRET_2023_357)));

    static final Amount PRIOR_AMICABLE_ATTEMPT_CEILING = Amount.euros(5000);

    /** European small claims ceiling, excluding interest (Reg. 861/2007 art. 2, amended by Reg. 2015/2421). */
    static final LegalTimeline<Amount> EUROPEAN_SMALL_CLAIMS_CEILING = LegalTimeline.of(List.of(
            Provision.of(Amount.euros(2000), EffectivePeriod.ofHalfOpen(EUROPEAN_SMALL_CLAIMS_IN_FORCE,
                    LocalDate.of(2017, 7, 14)), REG_861_2007),
            Provision.of(Amount.euros(5000), EffectivePeriod.from(LocalDate.of(2017, 7, 14)), REG_2015_2421)));

    /** Belgian summary order for payment before the justice of the peace (C. jud. art. 1338). */
    static final Amount BELGIAN_SUMMARY_ORDER_JP_CEILING = Amount.euros(1860);
    /** Belgian justice of the peace: general competence (C. jud. art. 590, since 1 September 2018). */
    static final Amount BELGIAN_JP_CEILING = Amount.euros(5000);
    /** Belgian justice of the peace: judgments in last resort (C. jud. art. 617). */
    static final Amount BELGIAN_JP_LAST_RESORT = Amount.euros(2000);
    /** Belgian uncontested procedure: interest and penalty clauses recoverable up to 10 % of the principal. */
    static final int BELGIAN_UNCONTESTED_ACCESSORIES_PERCENT = 10;

    /** The twelve commercial courts renamed tribunaux des activités économiques for 2025-2028. */
    static final Set<String> TAE_SEATS = Set.of("avignon", "auxerre", "le havre", "le mans", "limoges", "lyon",
            "marseille", "nancy", "nanterre", "paris", "saint-brieuc", "versailles");

    static boolean isTaeSeat(String city) {
        String normalised = city.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return TAE_SEATS.contains(normalised) || normalised.matches("(paris|lyon|marseille)( [0-9]{1,2}(e|er|ème)?)?");
    }
}
