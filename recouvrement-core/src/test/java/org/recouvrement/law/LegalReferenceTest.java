package org.recouvrement.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.MissingValueException;
import org.recouvrement.money.Amount;

class LegalReferenceTest {

    @Test
    void displaysAsPractitionersWriteIt() {
        assertEquals("C. civ. art. 2224", LegalCode.CIVIL_CODE.article("2224").display());
        assertEquals("C. com. art. L441-10", LegalReference.of(LegalCode.COMMERCIAL_CODE, "L441-10").toString());
        assertEquals("CPC art. 642", LegalCode.CODE_OF_CIVIL_PROCEDURE.article("642").display());
        assertEquals("C. jud. art. 1394/20", LegalCode.BELGIAN_JUDICIAL_CODE.article("1394/20").display());
        assertEquals("Reg. (EC) No 1896/2006 art. 16",
                LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION, "Reg. (EC) No 1896/2006", "16").display());
        assertEquals("Cass. 1re civ., 19 May 2021, n° 20-12.520",
                LegalReference.ofInstrument(Jurisdiction.FRANCE, "Cass. 1re civ., 19 May 2021, n° 20-12.520").display());
    }

    @Test
    void carriesItsJurisdictionCodeAndLink() {
        LegalReference ref = LegalCode.BELGIAN_CODE_OF_ECONOMIC_LAW.article("XIX.2")
                .withLink("https://www.ejustice.just.fgov.be/");
        assertEquals(Jurisdiction.BELGIUM, ref.jurisdiction());
        assertEquals(Optional.of(LegalCode.BELGIAN_CODE_OF_ECONOMIC_LAW), ref.code());
        assertEquals(Optional.of("XIX.2"), ref.article());
        assertEquals(Optional.of("https://www.ejustice.just.fgov.be/"), ref.link());
        assertNotEquals(LegalCode.BELGIAN_CODE_OF_ECONOMIC_LAW.article("XIX.2"), ref);
        assertEquals(LegalCode.CIVIL_CODE.article("2224"), LegalCode.CIVIL_CODE.article(" 2224 "));
    }

    @Test
    void refusesBlankOrMissingParts() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> LegalCode.CIVIL_CODE.article(" "));
        assertEquals("article", e.field());
        assertThrows(MissingValueException.class, () -> LegalReference.of(null, "1"));
        assertThrows(InvalidValueException.class, () -> LegalCode.CIVIL_CODE.article("1").withLink("ftp://x"));
    }

    @Test
    void explanationsKeepOrderAndListEachReferenceOnce() {
        LegalReference a2240 = LegalCode.CIVIL_CODE.article("2240");
        LegalReference a2231 = LegalCode.CIVIL_CODE.article("2231");
        Explanation explanation = Explanation.empty()
                .plus(Reason.of("A partial payment acknowledges the debt", a2240))
                .plus(Reason.of("An interruption starts a new period of the same length", a2231, a2240))
                .plus(Reason.of("A plain fact"));
        assertEquals(3, explanation.reasons().size());
        assertEquals(List.of(a2240, a2231), explanation.references());
        assertEquals("- A partial payment acknowledges the debt [C. civ. art. 2240]\n"
                + "- An interruption starts a new period of the same length [C. civ. art. 2231; C. civ. art. 2240]\n"
                + "- A plain fact", explanation.toString());
        assertTrue(Explanation.of().isEmpty());
        assertEquals(explanation, Explanation.of(explanation.reasons()));
        assertThrows(InvalidValueException.class, () -> Reason.of(" "));
    }

    @Test
    void timelineGivesTheLawInForceOnADate() {
        LegalReference before = LegalReference.ofInstrument(Jurisdiction.FRANCE, "décret 2016-285");
        LegalReference after = LegalReference.ofInstrument(Jurisdiction.FRANCE, "décret 2019-1333");
        LegalTimeline<Amount> ceiling = LegalTimeline.of(List.of(
                Provision.of(Amount.euros(5000), EffectivePeriod.from(LocalDate.of(2020, 1, 1)), after),
                Provision.of(Amount.euros(4000),
                        EffectivePeriod.ofHalfOpen(LocalDate.of(2016, 6, 1), LocalDate.of(2020, 1, 1)), before)));
        assertEquals(Amount.euros(4000), ceiling.inForceOn(LocalDate.of(2019, 12, 31)).orElseThrow().value());
        assertEquals(Amount.euros(5000), ceiling.inForceOn(LocalDate.of(2020, 1, 1)).orElseThrow().value());
        assertEquals(after, ceiling.inForceOn(LocalDate.of(2030, 1, 1)).orElseThrow().reference());
        assertTrue(ceiling.inForceOn(LocalDate.of(2016, 5, 31)).isEmpty());
        assertEquals(LocalDate.of(2016, 6, 1), ceiling.provisions().get(0).period().startInclusive());
    }

    @Test
    void timelineRefusesOverlaps() {
        LegalReference ref = LegalCode.CIVIL_CODE.article("1");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> LegalTimeline.of(List.of(
                Provision.of(1, EffectivePeriod.from(LocalDate.of(2020, 1, 1)), ref),
                Provision.of(2, EffectivePeriod.from(LocalDate.of(2021, 1, 1)), ref))));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        assertThrows(InvalidValueException.class,
                () -> EffectivePeriod.ofHalfOpen(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)));
    }
}
