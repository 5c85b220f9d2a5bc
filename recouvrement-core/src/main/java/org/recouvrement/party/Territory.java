package org.recouvrement.party;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;

/**
 * Where a party lives, as far as recovery law distinguishes places: metropolitan France, Alsace-Moselle (its own
 * public holidays), each French overseas department or collectivity (their own holidays, CPC art. 643-644 distance
 * extensions), Belgium, another EU member state (cross-border procedures), or elsewhere.
 *
 * <p>{@link #of(String, String)} derives the territory from an ISO 3166-1 country code and a postal code: French
 * postal codes 57, 67 and 68 are Alsace-Moselle; 971 is Guadeloupe except 97133 (Saint-Barthélemy) and 97150
 * (Saint-Martin); 972 Martinique, 973 French Guiana, 974 La Réunion, 975 Saint-Pierre-et-Miquelon, 976 Mayotte,
 * 984 TAAF, 986 Wallis-et-Futuna, 987 French Polynesia, 988 New Caledonia; 20 (Corsica) is metropolitan; 980 is
 * Monaco, which is not France.
 */
public enum Territory {
    /** Metropolitan France outside Alsace-Moselle, Corsica included. */
    METROPOLITAN_FRANCE("FR", "Europe/Paris", true, true, false),
    /** Bas-Rhin (67), Haut-Rhin (68) and Moselle (57), with their local law. */
    ALSACE_MOSELLE("FR", "Europe/Paris", true, true, false),
    /** Guadeloupe (971), overseas department. */
    GUADELOUPE("GP", "America/Guadeloupe", true, true, true),
    /** Martinique (972), overseas department. */
    MARTINIQUE("MQ", "America/Martinique", true, true, true),
    /** French Guiana (<i>Guyane</i>, 973), overseas department. */
    FRENCH_GUIANA("GF", "America/Cayenne", true, true, true),
    /** La Réunion (974), overseas department. */
    REUNION("RE", "Indian/Reunion", true, true, true),
    /** Mayotte (976), overseas department. */
    MAYOTTE("YT", "Indian/Mayotte", true, true, true),
    /** Saint-Pierre-et-Miquelon (975), overseas collectivity. */
    SAINT_PIERRE_AND_MIQUELON("PM", "America/Miquelon", true, false, true),
    /** Saint-Barthélemy (97133), overseas collectivity. */
    SAINT_BARTHELEMY("BL", "America/St_Barthelemy", true, false, true),
    /** Saint-Martin (97150), overseas collectivity. */
    SAINT_MARTIN("MF", "America/Marigot", true, true, true),
    /** Wallis-et-Futuna (986), overseas collectivity. */
    WALLIS_AND_FUTUNA("WF", "Pacific/Wallis", true, false, true),
    /** French Polynesia (987), overseas collectivity. */
    FRENCH_POLYNESIA("PF", "Pacific/Tahiti", true, false, true),
    /** New Caledonia (988). */
    NEW_CALEDONIA("NC", "Pacific/Noumea", true, false, true),
    /** French Southern and Antarctic Lands (TAAF, 984). */
    FRENCH_SOUTHERN_AND_ANTARCTIC_LANDS("TF", "Indian/Kerguelen", true, false, true),
    /** Belgium. */
    BELGIUM("BE", "Europe/Brussels", false, true, false),
    /** Another member state of the European Union. */
    OTHER_EU_MEMBER_STATE(null, null, false, true, false),
    /** A state outside the European Union (Monaco, Switzerland, the United Kingdom...). */
    OUTSIDE_EUROPEAN_UNION(null, null, false, false, false);

    private static final Set<String> EU_MEMBER_STATES = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
            "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private final String isoCode;
    private final String zone;
    private final boolean french;
    private final boolean inEuropeanUnion;
    private final boolean overseas;

    Territory(String isoCode, String zone, boolean french, boolean inEuropeanUnion, boolean overseas) {
        this.isoCode = isoCode;
        this.zone = zone;
        this.french = french;
        this.inEuropeanUnion = inEuropeanUnion;
        this.overseas = overseas;
    }

    /**
     * Derives the territory from a country and a postal code.
     *
     * @param countryCode the ISO 3166-1 alpha-2 code, upper case ({@code "FR"}, {@code "GP"}, {@code "BE"})
     * @param postalCode the postal code; decisive only for France
     * @return the territory
     * @throws InvalidValueException if the code is not an ISO 3166-1 alpha-2 code, or a French postal code is not
     *     five digits
     */
    public static Territory of(String countryCode, String postalCode) {
        Checks.present(countryCode, "countryCode");
        Checks.present(postalCode, "postalCode");
        if (!CountryCodes.isIsoAlpha2(countryCode)) {
            throw new InvalidValueException("countryCode", "'" + countryCode + "'",
                    "is not an ISO 3166-1 alpha-2 country code in upper case");
        }
        if (countryCode.equals("FR")) {
            return ofFrenchPostalCode(postalCode);
        }
        for (Territory territory : values()) {
            if (countryCode.equals(territory.isoCode) && territory != METROPOLITAN_FRANCE
                    && territory != ALSACE_MOSELLE) {
                return territory;
            }
        }
        return EU_MEMBER_STATES.contains(countryCode) ? OTHER_EU_MEMBER_STATE : OUTSIDE_EUROPEAN_UNION;
    }

    private static Territory ofFrenchPostalCode(String postalCode) {
        if (!isFiveDigits(postalCode)) {
            throw new InvalidValueException("postalCode", "'" + postalCode + "'", "is not a five-digit French postal code");
        }
        if (postalCode.equals("97133")) {
            return SAINT_BARTHELEMY;
        }
        if (postalCode.equals("97150")) {
            return SAINT_MARTIN;
        }
        switch (postalCode.substring(0, 3)) {
            case "971": return GUADELOUPE;
            case "972": return MARTINIQUE;
            case "973": return FRENCH_GUIANA;
            case "974": return REUNION;
            case "975": return SAINT_PIERRE_AND_MIQUELON;
            case "976": return MAYOTTE;
            case "984": return FRENCH_SOUTHERN_AND_ANTARCTIC_LANDS;
            case "986": return WALLIS_AND_FUTUNA;
            case "987": return FRENCH_POLYNESIA;
            case "988": return NEW_CALEDONIA;
            case "980": return OUTSIDE_EUROPEAN_UNION;
            default: break;
        }
        String department = postalCode.substring(0, 2);
        if (department.equals("57") || department.equals("67") || department.equals("68")) {
            return ALSACE_MOSELLE;
        }
        if (department.equals("97") || department.equals("98") || department.equals("99")) {
            throw new InvalidValueException("postalCode", "'" + postalCode + "'",
                    "is not a known French overseas postal code");
        }
        return METROPOLITAN_FRANCE;
    }

    /** Tells whether a text is five ASCII digits; without a regular expression, as territories are read in hot paths. */
    private static boolean isFiveDigits(String text) {
        if (text.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether the territory is French (metropolitan or overseas).
     *
     * @return true for France
     */
    public boolean isFrench() {
        return french;
    }

    /**
     * Tells whether the territory is metropolitan France, Alsace-Moselle included.
     *
     * @return true for metropolitan France
     */
    public boolean isMetropolitanFrance() {
        return this == METROPOLITAN_FRANCE || this == ALSACE_MOSELLE;
    }

    /**
     * Tells whether the territory is a French overseas department or collectivity, the places listed by CPC
     * art. 643 for the one-month distance extension.
     *
     * @return true overseas
     */
    public boolean isFrenchOverseas() {
        return overseas;
    }

    /**
     * Tells whether EU law applies there: the member states, and among French overseas territories the outermost
     * regions (Guadeloupe, Martinique, French Guiana, La Réunion, Mayotte, Saint-Martin).
     *
     * @return true inside the European Union
     */
    public boolean isInEuropeanUnion() {
        return inEuropeanUnion;
    }

    /**
     * Returns the time zone used for a deadline expiring at 24:00 in this territory.
     *
     * @return the zone, or empty for a foreign territory the library does not locate
     */
    public Optional<ZoneId> zone() {
        return zone == null ? Optional.empty() : Optional.of(ZoneId.of(zone));
    }
}
