package org.recouvrement.limitation;

import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;

/**
 * The legal references the limitation rules cite, each built once. Sources are listed in docs/LIMITATION.md.
 */
final class Refs {

    private Refs() {
    }

    private static LegalReference civ(String article) {
        return LegalCode.CIVIL_CODE.article(article);
    }

    private static LegalReference decision(String decision) {
        return LegalReference.ofInstrument(Jurisdiction.FRANCE, decision);
    }

    private static LegalReference beCiv(String article) {
        return LegalCode.BELGIAN_FORMER_CIVIL_CODE.article(article);
    }

    // France: the Civil Code, title XX (version of loi 2008-561)
    static final LegalReference CIV_2220 = civ("2220");
    static final LegalReference CIV_2222 = civ("2222");
    static final LegalReference CIV_2224 = civ("2224");
    static final LegalReference CIV_2228 = civ("2228");
    static final LegalReference CIV_2229 = civ("2229");
    static final LegalReference CIV_2230 = civ("2230");
    static final LegalReference CIV_2231 = civ("2231");
    static final LegalReference CIV_2232 = civ("2232");
    static final LegalReference CIV_2233 = civ("2233");
    static final LegalReference CIV_2234 = civ("2234");
    static final LegalReference CIV_2238 = civ("2238");
    static final LegalReference CIV_2239 = civ("2239");
    static final LegalReference CIV_2240 = civ("2240");
    static final LegalReference CIV_2241 = civ("2241");
    static final LegalReference CIV_2242 = civ("2242");
    static final LegalReference CIV_2243 = civ("2243");
    static final LegalReference CIV_2244 = civ("2244");
    static final LegalReference CIV_2247 = civ("2247");
    static final LegalReference CIV_2249 = civ("2249");
    static final LegalReference CIV_2250 = civ("2250");
    static final LegalReference CIV_2251 = civ("2251");
    /** The thirty-year period of the Civil Code before the reform of 17 June 2008. */
    static final LegalReference CIV_2262_FORMER =
            LegalReference.ofInstrument(Jurisdiction.FRANCE, "C. civ. (before loi 2008-561)", "2262");
    static final LegalReference LOI_2008_561_ART_26 =
            LegalReference.ofInstrument(Jurisdiction.FRANCE, "Loi n° 2008-561 du 17 juin 2008", "26");

    // France: other codes
    static final LegalReference COM_L110_4 = LegalCode.COMMERCIAL_CODE.article("L110-4");
    /** The ten-year commercial period before the reform of 17 June 2008. */
    static final LegalReference COM_L110_4_FORMER =
            LegalReference.ofInstrument(Jurisdiction.FRANCE, "C. com. (before loi 2008-561)", "L110-4");
    static final LegalReference COM_L622_21 = LegalCode.COMMERCIAL_CODE.article("L622-21");
    static final LegalReference COM_L622_24 = LegalCode.COMMERCIAL_CODE.article("L622-24");
    static final LegalReference CONSO_L137_2 = LegalCode.CONSUMER_CODE.article("L137-2");
    static final LegalReference CONSO_L218_2 = LegalCode.CONSUMER_CODE.article("L218-2");
    static final LegalReference CONSO_R312_35 = LegalCode.CONSUMER_CODE.article("R312-35");
    static final LegalReference CPCE_L111_4 = LegalCode.CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES.article("L111-4");
    static final LegalReference CPCE_L125_1 = LegalCode.CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES.article("L125-1");

    // France: decisions
    static final LegalReference CASS_PART_PAYMENT = decision("Cass. 1re civ., 25 Feb 2016, n° 15-15.994");
    static final LegalReference CASS_COMPLETION_2021 = decision("Cass. 1re civ., 19 May 2021, n° 20-12.520");
    static final LegalReference CASS_COMPLETION_2023 = decision("Cass. 3e civ., 1 March 2023, n° 21-23.176");
    static final LegalReference CASS_COMPLETION_COMMERCIAL = decision("Cass. com., 26 Feb 2020, n° 18-25.036");
    static final LegalReference CASS_NON_PROFESSIONAL = decision("Cass. 3e civ., 17 Feb 2022, n° 21-19.829");
    static final LegalReference CASS_INSTALMENTS = decision("Cass. 1re civ., 11 Feb 2016, n° 14-22.938");
    static final LegalReference CASS_PERIODIC_SUMS = decision("Cass. avis, 4 July 2016, n° 16006");
    static final LegalReference CASS_SERVICE_OF_TITLE = decision("Cass. 2e civ., 5 Oct 2023, n° 20-23.523");
    static final LegalReference CASS_COMMAND_TO_PAY = decision("Cass. 2e civ., 13 May 2015, n° 14-16.025");
    static final LegalReference CASS_LIFTED_MEASURE = decision("Cass. 2e civ., 17 May 2023");
    static final LegalReference CASS_NEGOTIATIONS = decision("Cass. soc., 17 Oct 2018, n° 16-28.552");

    // European Union: the law applicable to contractual obligations (Rome I)
    static final LegalReference ROME_I_ART_4 =
            LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION, "Reg. (EC) No 593/2008", "4");
    static final LegalReference ROME_I_ART_6 =
            LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION, "Reg. (EC) No 593/2008", "6");
    static final LegalReference ROME_I_ART_12 =
            LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION, "Reg. (EC) No 593/2008", "12");

    // Belgium: the former Civil Code, title XX, and the law of 1 May 1913
    static final LegalReference BE_2244 = beCiv("2244");
    static final LegalReference BE_2244_2 = beCiv("2244 §2");
    static final LegalReference BE_2247 = beCiv("2247");
    static final LegalReference BE_2248 = beCiv("2248");
    static final LegalReference BE_2262BIS = beCiv("2262bis §1");
    static final LegalReference BE_2272 = beCiv("2272");
    static final LegalReference BE_2277 = beCiv("2277");
    static final LegalReference BE_LOI_1913 =
            LegalReference.ofInstrument(Jurisdiction.BELGIUM, "Loi du 1er mai 1913", "5");
}
