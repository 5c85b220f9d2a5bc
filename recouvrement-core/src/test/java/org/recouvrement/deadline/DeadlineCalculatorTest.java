package org.recouvrement.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.MissingValueException;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.calendar.UnsupportedTerritoryException;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.UnsupportedYearException;

class DeadlineCalculatorTest {

    private static final LegalReference CPC_641 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("641");
    private static final LegalReference CPC_642 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("642");
    private static final LegalReference CPC_643 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("643");

    private final DeadlineCalculator calculator = DeadlineCalculator.standard();

    private static ProceduralTimeLimit days(int days) {
        return limit(Period.ofDays(days), Direction.FORWARD);
    }

    private static ProceduralTimeLimit limit(Period period, Direction direction) {
        return ProceduralTimeLimit.builder().name("Test time limit").period(period).direction(direction)
                .jurisdiction(Jurisdiction.FRANCE).reference(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("640"))
                .build();
    }

    @Test
    @DisplayName("WE-01: a 3-day time limit ending on Friday 14 July 2023 runs to Monday 17 July 2023 at 24:00 "
            + "(service-public.fr F31111)")
    void we01NationalDayThenWeekend() {
        Deadline deadline = calculator.compute(days(3), LocalDate.of(2023, 7, 11), Territory.METROPOLITAN_FRANCE);

        assertEquals(LocalDate.of(2023, 7, 14), deadline.rawEnd());
        assertEquals(LocalDate.of(2023, 7, 17), deadline.expiryDate());
        assertEquals(ZonedDateTime.of(2023, 7, 18, 0, 0, 0, 0, ZoneId.of("Europe/Paris")),
                deadline.expiresAt().orElseThrow());
        Adjustment move = deadline.adjustments().get(0);
        assertEquals(Adjustment.Kind.NEXT_WORKING_DAY, move.kind());
        assertEquals(LocalDate.of(2023, 7, 14), move.from());
        assertEquals(LocalDate.of(2023, 7, 17), move.to());
        assertTrue(move.reason().references().contains(CPC_642));
        assertTrue(move.reason().references().contains(LegalCode.LABOUR_CODE.article("L3133-1")));
        assertTrue(move.reason().text().contains("National Day"), move.reason().text());
        assertTrue(deadline.isOpenOn(LocalDate.of(2023, 7, 17)));
        assertFalse(deadline.isOpenOn(LocalDate.of(2023, 7, 18)));
    }

    @Test
    @DisplayName("WE-03: a 10-day time limit from an act of Monday 4 March 2024 ends Thursday 14 March 2024 "
            + "(service-public.fr F31111)")
    void we03NoExtension() {
        Deadline deadline = calculator.compute(days(10), LocalDate.of(2024, 3, 4), Territory.METROPOLITAN_FRANCE);

        assertEquals(LocalDate.of(2024, 3, 14), deadline.expiryDate());
        assertTrue(deadline.adjustments().isEmpty());
        assertTrue(deadline.explanation().references().contains(CPC_641));
    }

    @Test
    @DisplayName("WE-06: a 10-day time limit from an act of Friday 12 December 2014 ends Monday 22 December 2014 "
            + "(service-public.fr F31111)")
    void we06NoExtension() {
        Deadline deadline = calculator.compute(days(10), LocalDate.of(2014, 12, 12), Territory.METROPOLITAN_FRANCE);

        assertEquals(LocalDate.of(2014, 12, 22), deadline.expiryDate());
        assertTrue(deadline.adjustments().isEmpty());
    }

    @Test
    @DisplayName("WE-11: the same Saturday 23 April 2016 ends a prescription that day but moves a procedural time "
            + "limit to Monday 25 April 2016 (lemaistre-callies.fr; C. civ. 2228-2229; CPC 642)")
    void we11PrescriptionIsNotMovedButAProceduralTimeLimitIs() {
        LocalDate prescription = TimeLimitArithmetic.endFrom(LocalDate.of(2011, 4, 23), Period.ofYears(5));
        assertEquals(LocalDate.of(2016, 4, 23), prescription);
        assertEquals(DayOfWeek.SATURDAY, prescription.getDayOfWeek());

        Deadline procedural = calculator.compute(limit(Period.ofMonths(1), Direction.FORWARD),
                LocalDate.of(2016, 3, 23), Territory.METROPOLITAN_FRANCE);
        assertEquals(LocalDate.of(2016, 4, 23), procedural.rawEnd());
        assertEquals(LocalDate.of(2016, 4, 25), procedural.expiryDate());
    }

    @Test
    @DisplayName("WE-12: month ends clamp (CPC 641 al. 2): 31 Jan 2023, 31 Jan 2024, 31 Aug 2025 + 1 month; "
            + "31 Dec 2026 + 2 months moves off Sunday 28 Feb 2027 (CPC 642)")
    void we12MonthEnds() {
        ProceduralTimeLimit oneMonth = limit(Period.ofMonths(1), Direction.FORWARD);
        assertEquals(LocalDate.of(2023, 2, 28),
                calculator.expiryDate(oneMonth, LocalDate.of(2023, 1, 31), Territory.METROPOLITAN_FRANCE));
        assertEquals(LocalDate.of(2024, 2, 29),
                calculator.expiryDate(oneMonth, LocalDate.of(2024, 1, 31), Territory.METROPOLITAN_FRANCE));
        assertEquals(LocalDate.of(2025, 9, 30),
                calculator.expiryDate(oneMonth, LocalDate.of(2025, 8, 31), Territory.METROPOLITAN_FRANCE));

        Deadline twoMonths = calculator.compute(limit(Period.ofMonths(2), Direction.FORWARD),
                LocalDate.of(2026, 12, 31), Territory.METROPOLITAN_FRANCE);
        assertEquals(LocalDate.of(2027, 2, 28), twoMonths.rawEnd());
        assertEquals(LocalDate.of(2027, 3, 1), twoMonths.expiryDate());
        assertTrue(twoMonths.explanation().reasons().get(1).text().contains("last day"),
                twoMonths.explanation().toString());
    }

    @Test
    @DisplayName("CPC 641 al. 3: 12 Feb 2017 + 1 month + 15 days = 27 March 2017, months first (aurelienbamde.com)")
    void monthsThenDays() {
        assertEquals(LocalDate.of(2017, 3, 27), calculator.expiryDate(limit(Period.of(0, 1, 15), Direction.FORWARD),
                LocalDate.of(2017, 2, 12), Territory.METROPOLITAN_FRANCE));
        // Days first would give 27 Feb + 1 month = 27 March too; 31 January shows the order: 28 Feb, then 15 days.
        assertEquals(LocalDate.of(2023, 3, 15), TimeLimitArithmetic.endFrom(LocalDate.of(2023, 1, 31),
                Period.of(0, 1, 15)));
    }

    @Test
    @DisplayName("CPC 643: the opposition to an order for payment gets one more month for a party in Guadeloupe")
    void distanceExtensionIsExplained() {
        Deadline deadline = calculator.compute(TimeLimits.ORDER_FOR_PAYMENT_OPPOSITION, LocalDate.of(2026, 3, 2),
                Territory.METROPOLITAN_FRANCE, Territory.GUADELOUPE);

        assertEquals(LocalDate.of(2026, 4, 2), deadline.rawEnd());
        assertEquals(LocalDate.of(2026, 5, 4), deadline.expiryDate());
        List<Adjustment> adjustments = deadline.adjustments();
        assertEquals(2, adjustments.size());
        assertEquals(Adjustment.Kind.DISTANCE_EXTENSION, adjustments.get(0).kind());
        assertEquals(LocalDate.of(2026, 5, 2), adjustments.get(0).to());
        assertEquals(List.of(CPC_643), adjustments.get(0).reason().references());
        assertEquals(Adjustment.Kind.NEXT_WORKING_DAY, adjustments.get(1).kind());
        assertTrue(deadline.explanation().references().contains(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1416")));
        assertEquals(Territory.GUADELOUPE, deadline.partyTerritory().orElseThrow());
    }

    @Test
    @DisplayName("CPC 643 does not extend the six months to serve an order for payment (CPC 1411), and says why")
    void noExtensionForOtherTimeLimits() {
        Deadline deadline = calculator.compute(TimeLimits.ORDER_FOR_PAYMENT_SERVICE, LocalDate.of(2025, 1, 15),
                Territory.METROPOLITAN_FRANCE, Territory.OUTSIDE_EUROPEAN_UNION);

        assertEquals(LocalDate.of(2025, 7, 15), deadline.expiryDate());
        assertTrue(deadline.adjustments().isEmpty());
        assertTrue(deadline.explanation().toString().contains("No distance extension"),
                deadline.explanation().toString());
    }

    @Test
    @DisplayName("A backward time limit ending on 1 May is advanced to 30 April, not extended")
    void backwardIsAdvanced() {
        Deadline deadline = calculator.compute(limit(Period.ofDays(15), Direction.BACKWARD),
                LocalDate.of(2024, 5, 16), Territory.METROPOLITAN_FRANCE);

        assertEquals(LocalDate.of(2024, 5, 1), deadline.rawEnd());
        assertEquals(LocalDate.of(2024, 4, 30), deadline.expiryDate());
        assertEquals(Adjustment.Kind.PREVIOUS_WORKING_DAY, deadline.adjustments().get(0).kind());
    }

    @Test
    @DisplayName("Belgium: C. jud. 52-54 references, and expiry at midnight in Brussels")
    void belgianReferences() {
        ProceduralTimeLimit belgian = ProceduralTimeLimit.builder().name("Belgian time limit")
                .period(Period.ofMonths(1)).jurisdiction(Jurisdiction.BELGIUM)
                .reference(LegalCode.BELGIAN_JUDICIAL_CODE.article("1338")).build();

        Deadline deadline = calculator.compute(belgian, LocalDate.of(2025, 6, 21), Territory.BELGIUM);

        assertEquals(LocalDate.of(2025, 7, 22), deadline.expiryDate());
        List<LegalReference> references = deadline.explanation().references();
        assertTrue(references.contains(LegalCode.BELGIAN_JUDICIAL_CODE.article("52")), references.toString());
        assertTrue(references.contains(LegalCode.BELGIAN_JUDICIAL_CODE.article("53")), references.toString());
        assertTrue(references.contains(LegalCode.BELGIAN_JUDICIAL_CODE.article("54")), references.toString());
        assertEquals(ZoneId.of("Europe/Brussels"), deadline.expiresAt().orElseThrow().getZone());
    }

    @Test
    @DisplayName("A court's own non-working day moves the time limit (CPC 642: jour chômé)")
    void courtNonWorkingDay() {
        PublicHoliday closed = PublicHoliday.of(LocalDate.of(2024, 3, 14), "Court closed",
                LegalReference.ofInstrument(Jurisdiction.FRANCE, "ordonnance du premier président (example)"));
        DeadlineCalculator withCourt = calculator.withCalendar(Territory.METROPOLITAN_FRANCE,
                Calendars.withNonWorkingDays(Calendars.forTerritory(Territory.METROPOLITAN_FRANCE), List.of(closed)));

        assertEquals(LocalDate.of(2024, 3, 15),
                withCourt.expiryDate(days(10), LocalDate.of(2024, 3, 4), Territory.METROPOLITAN_FRANCE));
        assertEquals(LocalDate.of(2024, 3, 14),
                calculator.expiryDate(days(10), LocalDate.of(2024, 3, 4), Territory.METROPOLITAN_FRANCE));
    }

    @Test
    @DisplayName("A territory without a built-in calendar can be given one")
    void suppliedCalendarForUnsupportedTerritory() {
        DeadlineCalculator caledonia = calculator.withCalendar(Territory.NEW_CALEDONIA,
                Calendars.forTerritory(Territory.METROPOLITAN_FRANCE));

        assertEquals(LocalDate.of(2023, 7, 17),
                caledonia.expiryDate(days(3), LocalDate.of(2023, 7, 11), Territory.NEW_CALEDONIA));
        assertEquals(ZoneId.of("Pacific/Noumea"), caledonia.compute(days(3), LocalDate.of(2023, 7, 11),
                Territory.NEW_CALEDONIA).expiresAt().orElseThrow().getZone());
    }

    @Test
    @DisplayName("Bad input raises typed errors naming the value")
    void badInput() {
        InvalidTimeLimitException negative = assertThrows(InvalidTimeLimitException.class,
                () -> limit(Period.ofDays(-3), Direction.FORWARD));
        assertEquals("period", negative.field());
        assertTrue(negative.getMessage().contains("P-3D"), negative.getMessage());
        assertThrows(InvalidTimeLimitException.class, () -> limit(Period.of(0, 1, -1), Direction.FORWARD));
        assertThrows(InvalidTimeLimitException.class, () -> limit(Period.ZERO, Direction.FORWARD));
        assertThrows(InvalidTimeLimitException.class,
                () -> TimeLimitArithmetic.endFrom(LocalDate.of(2024, 1, 1), Period.ofMonths(-1)));

        UnsupportedTerritoryException territory = assertThrows(UnsupportedTerritoryException.class,
                () -> calculator.compute(days(3), LocalDate.of(2024, 1, 1), Territory.FRENCH_POLYNESIA));
        assertEquals(Territory.FRENCH_POLYNESIA, territory.territory());
        assertEquals("courtTerritory", territory.field());
        assertTrue(territory.getMessage().contains("FRENCH_POLYNESIA"), territory.getMessage());

        UnsupportedYearException year = assertThrows(UnsupportedYearException.class,
                () -> calculator.compute(days(3), LocalDate.of(2199, 12, 30), Territory.METROPOLITAN_FRANCE));
        assertEquals(2200, year.year());
        assertTrue(year.getMessage().contains("2200"), year.getMessage());
        assertThrows(UnsupportedYearException.class,
                () -> calculator.expiryDate(days(3), LocalDate.of(1899, 12, 1), Territory.METROPOLITAN_FRANCE));

        InvalidTimeLimitException wrongCourt = assertThrows(InvalidTimeLimitException.class,
                () -> calculator.compute(TimeLimits.APPEAL, LocalDate.of(2024, 1, 1), Territory.BELGIUM));
        assertEquals("courtTerritory", wrongCourt.field());
        assertThrows(MissingValueException.class,
                () -> calculator.compute(TimeLimits.APPEAL, null, Territory.METROPOLITAN_FRANCE));
        assertThrows(InvalidValueException.class,
                () -> ProceduralTimeLimit.builder().name(" ").period(Period.ofDays(1))
                        .jurisdiction(Jurisdiction.FRANCE).reference(CPC_641).build());
    }

    @Test
    @DisplayName("Every named time limit cites its article and computes")
    void catalogue() {
        assertEquals(7, TimeLimits.all().size());
        for (ProceduralTimeLimit limit : TimeLimits.all()) {
            Deadline deadline = calculator.compute(limit, LocalDate.of(2026, 1, 15), Territory.METROPOLITAN_FRANCE);
            assertTrue(deadline.explanation().references().contains(limit.reference()), limit.toString());
        }
        assertEquals(Period.ofDays(15), TimeLimits.SUMMARY_ORDER_APPEAL.period());
        assertEquals("CPC art. 490", TimeLimits.SUMMARY_ORDER_APPEAL.reference().display());
        assertEquals("CPC art. 1411", TimeLimits.ORDER_FOR_PAYMENT_SERVICE.reference().display());
        assertEquals("C. com. art. L622-26", TimeLimits.RELIEF_FROM_PRECLUSION.reference().display());
        assertEquals("Reg. (EC) No 1896/2006 art. 16(2)",
                TimeLimits.EUROPEAN_ORDER_FOR_PAYMENT_OPPOSITION.reference().display());
    }
}
