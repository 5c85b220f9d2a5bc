package org.recouvrement.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.testing.RecouvrementArbitraries;

/**
 * Check digits catch every single-digit error: for every valid identifier, every change of exactly one digit to
 * another digit is rejected. (La Poste's SIRETs are excluded: their digit-sum rule lets a change of 5 through, as
 * {@link Siret} documents.)
 */
class IdentifierProperties {

    @Provide
    Arbitrary<String> sirenWithOneDigitChanged() {
        return RecouvrementArbitraries.invalidSirens();
    }

    @Provide
    Arbitrary<String> siretWithOneDigitChanged() {
        return RecouvrementArbitraries.invalidSirets();
    }

    @Provide
    Arbitrary<String> belgianNumberWithOneDigitChanged() {
        return RecouvrementArbitraries.invalidBelgianEnterpriseNumbers();
    }

    @Property(tries = 1000)
    void everySingleDigitChangeOfASirenIsRejected(@ForAll("sirenWithOneDigitChanged") String text) {
        assertFalse(Siren.isValid(text), text);
        assertThrows(InvalidIdentifierException.class, () -> Siren.parse(text));
    }

    @Property(tries = 1000)
    void everySingleDigitChangeOfASiretIsRejected(@ForAll("siretWithOneDigitChanged") String text) {
        assertFalse(Siret.isValid(text), text);
    }

    @Property(tries = 1000)
    void everySingleDigitChangeOfABelgianNumberIsRejected(@ForAll("belgianNumberWithOneDigitChanged") String text) {
        assertFalse(BelgianEnterpriseNumber.isValid(text), text);
        assertThrows(InvalidIdentifierException.class, () -> VatNumber.parse("BE" + text));
    }

    @Property(tries = 300)
    void frenchVatNumbersRoundTrip(@ForAll("sirens") Siren siren) {
        VatNumber vat = VatNumber.ofFrench(siren);
        assertEquals(vat, VatNumber.parse(vat.toString()));
        assertEquals(siren, vat.siren().orElseThrow());
    }

    @Provide
    Arbitrary<Siren> sirens() {
        return RecouvrementArbitraries.sirens();
    }

    @Property(tries = 300)
    void identifiersRoundTripThroughTheirTextForm(@ForAll("sirets") Siret siret,
            @ForAll("belgianNumbers") BelgianEnterpriseNumber number) {
        assertEquals(siret, Siret.parse(siret.toString()));
        assertEquals(number, BelgianEnterpriseNumber.parse(number.toString()));
    }

    @Provide
    Arbitrary<Siret> sirets() {
        return RecouvrementArbitraries.sirets();
    }

    @Provide
    Arbitrary<BelgianEnterpriseNumber> belgianNumbers() {
        return RecouvrementArbitraries.belgianEnterpriseNumbers();
    }
}
