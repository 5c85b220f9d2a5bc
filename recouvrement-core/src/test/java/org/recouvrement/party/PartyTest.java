package org.recouvrement.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.MissingValueException;

class PartyTest {

    private static PostalAddress strasbourg() {
        return PostalAddress.builder().addLine("12 rue des Tanneurs").postalCode("67000").city("Strasbourg")
                .country("FR").build();
    }

    @Test
    void buildsAPartyAndDerivesItsTerritory() {
        Party party = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Dupont Matériaux SAS")
                .address(strasbourg()).siren(Siren.parse("542051180")).siret(Siret.parse("54205118000066"))
                .vatNumber(VatNumber.parse("FR59542051180")).build();
        assertEquals(Territory.ALSACE_MOSELLE, party.territory());
        assertEquals(Language.FRENCH, party.language());
        assertTrue(party.kind().isProfessional());
    }

    @Test
    void keepsPersonalDataOutOfToString() {
        Party party = Party.builder().kind(PartyKind.CONSUMER).name("Claire Martin").address(strasbourg()).build();
        String text = party.toString();
        assertFalse(text.contains("Claire"), text);
        assertFalse(text.contains("Tanneurs"), text);
        assertTrue(text.contains("****"), text);
        assertTrue(text.contains("67000"), text);
    }

    @Test
    void refusesContradictions() {
        InvalidValueException consumerMerchant = assertThrows(InvalidValueException.class, () -> Party.builder()
                .kind(PartyKind.CONSUMER).merchant(true).name("X").address(strasbourg()).build());
        assertEquals("merchant", consumerMerchant.field());
        InvalidValueException foreignSiret = assertThrows(InvalidValueException.class, () -> Party.builder()
                .kind(PartyKind.COMPANY).name("X").address(strasbourg()).siren(Siren.parse("552032534"))
                .siret(Siret.parse("54205118000066")).build());
        assertEquals("siret", foreignSiret.field());
        InvalidValueException foreignVat = assertThrows(InvalidValueException.class, () -> Party.builder()
                .kind(PartyKind.COMPANY).name("X").address(strasbourg()).siren(Siren.parse("552032534"))
                .vatNumber(VatNumber.parse("FR59542051180")).build());
        assertEquals("vatNumber", foreignVat.field());
        assertThrows(InvalidValueException.class, () -> Party.builder().kind(PartyKind.PUBLIC_BODY).merchant(true)
                .name("Ville").address(strasbourg()).build());
        assertThrows(InvalidValueException.class, () -> Party.builder().kind(PartyKind.COMPANY).name(" ")
                .address(strasbourg()).build());
    }

    @Test
    void namesMissingAttributes() {
        MissingValueException e = assertThrows(MissingValueException.class,
                () -> Party.builder().kind(PartyKind.COMPANY).name("X").build());
        assertTrue(e.getMessage().contains("address"), e.getMessage());
        assertThrows(MissingValueException.class, () -> Party.builder().name(null));
    }

    @Test
    void checksAddresses() {
        assertThrows(InvalidValueException.class, () -> PostalAddress.builder().addLine("1 Grand-Place")
                .postalCode("10000").city("Bruxelles").country("BE").build());
        assertThrows(InvalidValueException.class, () -> PostalAddress.builder().postalCode("75001").city("Paris")
                .country("FR").build());
        assertThrows(InvalidValueException.class, () -> PostalAddress.builder().addLine("1 rue").postalCode("75001")
                .city(" ").country("FR").build());
        assertEquals(Territory.BELGIUM, PostalAddress.builder().addLine("1 Grand-Place").postalCode("1000")
                .city("Bruxelles").country("BE").build().territory());
    }
}
