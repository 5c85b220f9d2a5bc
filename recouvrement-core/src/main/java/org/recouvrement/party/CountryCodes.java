package org.recouvrement.party;

import java.util.Locale;
import java.util.Set;

/** The ISO 3166-1 alpha-2 codes, read once from the JDK's own table (which does not depend on the default locale). */
final class CountryCodes {

    private static final Set<String> ISO_ALPHA_2 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private CountryCodes() {
    }

    static boolean isIsoAlpha2(String code) {
        return ISO_ALPHA_2.contains(code);
    }
}
