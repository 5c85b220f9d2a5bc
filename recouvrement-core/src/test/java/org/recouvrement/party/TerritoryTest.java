package org.recouvrement.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recouvrement.InvalidValueException;

class TerritoryTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "FR, 75015, METROPOLITAN_FRANCE",
        "FR, 20000, METROPOLITAN_FRANCE",          // Corsica is metropolitan
        "FR, 20200, METROPOLITAN_FRANCE",
        "FR, 57000, ALSACE_MOSELLE",               // Moselle
        "FR, 67000, ALSACE_MOSELLE",               // Bas-Rhin
        "FR, 68100, ALSACE_MOSELLE",               // Haut-Rhin
        "FR, 58000, METROPOLITAN_FRANCE",          // Nièvre: not Alsace-Moselle
        "FR, 97110, GUADELOUPE",
        "FR, 97133, SAINT_BARTHELEMY",             // inside 971 but its own collectivity
        "FR, 97150, SAINT_MARTIN",
        "FR, 97200, MARTINIQUE",
        "FR, 97300, FRENCH_GUIANA",
        "FR, 97400, REUNION",
        "FR, 97500, SAINT_PIERRE_AND_MIQUELON",
        "FR, 97600, MAYOTTE",
        "FR, 98400, FRENCH_SOUTHERN_AND_ANTARCTIC_LANDS",
        "FR, 98600, WALLIS_AND_FUTUNA",
        "FR, 98714, FRENCH_POLYNESIA",
        "FR, 98800, NEW_CALEDONIA",
        "FR, 98000, OUTSIDE_EUROPEAN_UNION",       // 980 is Monaco, not France
        "GP, 97110, GUADELOUPE",
        "RE, 97400, REUNION",
        "MF, 97150, SAINT_MARTIN",
        "BE, 1000, BELGIUM",
        "DE, 10115, OTHER_EU_MEMBER_STATE",
        "LU, 1009, OTHER_EU_MEMBER_STATE",
        "MC, 98000, OUTSIDE_EUROPEAN_UNION",
        "CH, 8001, OUTSIDE_EUROPEAN_UNION",
        "GB, SW1A 1AA, OUTSIDE_EUROPEAN_UNION"})
    @DisplayName("derives the territory from country and postal code (issue 2's mapping)")
    void derivesTheTerritory(String country, String postalCode, Territory expected) {
        assertEquals(expected, Territory.of(country, postalCode));
    }

    @Test
    void flags() {
        assertTrue(Territory.ALSACE_MOSELLE.isMetropolitanFrance());
        assertFalse(Territory.ALSACE_MOSELLE.isFrenchOverseas());
        assertTrue(Territory.MAYOTTE.isFrenchOverseas());
        assertTrue(Territory.MAYOTTE.isInEuropeanUnion());
        assertFalse(Territory.NEW_CALEDONIA.isInEuropeanUnion());
        assertTrue(Territory.NEW_CALEDONIA.isFrench());
        assertFalse(Territory.BELGIUM.isFrench());
        assertEquals(Optional.of(ZoneId.of("America/Cayenne")), Territory.FRENCH_GUIANA.zone());
        assertEquals(Optional.empty(), Territory.OTHER_EU_MEMBER_STATE.zone());
    }

    @Test
    void rejectsUnknownCodes() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Territory.of("fr", "75015"));
        assertEquals("countryCode", e.field());
        assertThrows(InvalidValueException.class, () -> Territory.of("XX", "1"));
        assertThrows(InvalidValueException.class, () -> Territory.of("FR", "7501"));
        assertThrows(InvalidValueException.class, () -> Territory.of("FR", "97900"));
    }
}
