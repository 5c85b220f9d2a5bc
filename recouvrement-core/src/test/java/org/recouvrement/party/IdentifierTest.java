package org.recouvrement.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identifier validators against identifiers published by the companies themselves, the public Sirene directory, or
 * reference encyclopaedias; each row of {@code published-identifiers.csv} names its source.
 */
class IdentifierTest {

    @ParameterizedTest(name = "{0} of {1}: {2} ({3})")
    @CsvFileSource(resources = "published-identifiers.csv", numLinesToSkip = 1)
    @DisplayName("accepts real, published identifiers")
    void acceptsPublishedIdentifiers(String kind, String company, String identifier, String source) {
        switch (kind) {
            case "SIREN":
                assertEquals(identifier.replace(" ", ""), Siren.parse(identifier).digits());
                break;
            case "SIRET":
                assertEquals(identifier.replace(" ", ""), Siret.parse(identifier).digits());
                break;
            case "BE-enterprise-number":
                assertTrue(BelgianEnterpriseNumber.isValid(identifier), identifier);
                assertEquals(10, BelgianEnterpriseNumber.parse(identifier).digits().length());
                break;
            case "FR-VAT":
                VatNumber fr = VatNumber.parse(identifier);
                assertTrue(fr.isChecksumVerified());
                assertEquals(VatNumber.ofFrench(fr.siren().orElseThrow()), fr);
                break;
            case "BE-VAT":
                VatNumber be = VatNumber.parse(identifier);
                assertTrue(be.isChecksumVerified());
                assertEquals(VatNumber.ofBelgian(be.belgianEnterpriseNumber().orElseThrow()), be);
                break;
            default:
                throw new AssertionError("unknown kind " + kind);
        }
    }

    @Test
    @DisplayName("TotalEnergies: SIREN 542 051 180, head office SIRET 542 051 180 00066, VAT FR59542051180 agree")
    void identifiersOfOneCompanyAgree() {
        Siret headOffice = Siret.parse("54205118000066");
        assertEquals(Siren.parse("542 051 180"), headOffice.siren());
        assertEquals("00066", headOffice.establishmentNumber());
        assertEquals(VatNumber.parse("FR59542051180"), VatNumber.ofFrench(headOffice.siren()));
        assertEquals("FR59542051180", VatNumber.ofFrench(headOffice.siren()).toString());
    }

    @Test
    @DisplayName("La Poste: establishments follow the digit-sum rule, the head office the Luhn key (Sirene directory; python-stdnum)")
    void laPoste() {
        assertTrue(Siret.isValid("35600000049837"));
        assertTrue(Siret.isValid("356 000 000 09075"));
        assertTrue(Siret.isValid("35600000000048"));
        // 35600000041439 passes the digit-sum rule but not Luhn: only La Poste's rule makes it valid.
        assertFalse(Luhn.isValid("35600000041439"));
        assertTrue(Siret.isValid("35600000041439"));
        assertFalse(Siret.isValid("35600000041438"));
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> Siret.parse("35600000041438"));
        assertTrue(e.getMessage().contains("multiple of 5"), e.getMessage());
    }

    @Test
    void belgianNumberForms() {
        BelgianEnterpriseNumber abInbev = BelgianEnterpriseNumber.parse("0417.497.106");
        assertEquals(abInbev, BelgianEnterpriseNumber.parse("0417497106"));
        assertEquals(abInbev, BelgianEnterpriseNumber.parse("BE 0417 497 106"));
        assertEquals("0417.497.106", abInbev.toString());
        assertEquals("BE0417497106", VatNumber.ofBelgian(abInbev).toString());
        assertEquals(Optional.of(abInbev), VatNumber.parse("BE0417.497.106").belgianEnterpriseNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"54205118", "5420511800", "54205118A", "542051181", ""})
    void rejectsMalformedSirens(String text) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Siren.parse(text));
        assertEquals("SIREN", e.identifierType());
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE 401 574 852", "2417497106", "0417497107", "041749710"})
    @DisplayName("rejects malformed Belgian numbers, including Umicore's old nine-digit form")
    void rejectsMalformedBelgianNumbers(String text) {
        assertFalse(BelgianEnterpriseNumber.isValid(text));
        assertThrows(InvalidIdentifierException.class, () -> BelgianEnterpriseNumber.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR20542051180", "FR59542051181", "FRXX542051180", "BE0417497107", "F", "fr59542051180",
        "DE1", "DE12345678901234"})
    @DisplayName("rejects VAT numbers with a wrong key, a wrong SIREN or enterprise number, or no country prefix")
    void rejectsWrongVatNumbers(String text) {
        assertThrows(InvalidIdentifierException.class, () -> VatNumber.parse(text));
    }

    @Test
    void otherMemberStatesAreCheckedForFormOnly() {
        VatNumber german = VatNumber.parse("DE 123456789");
        assertFalse(german.isChecksumVerified());
        assertEquals("DE", german.countryPrefix());
        assertEquals(Optional.empty(), german.siren());
    }
}
