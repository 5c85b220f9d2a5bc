package org.recouvrement.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.From;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.recouvrement.calendar.BelgianCommunity;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * Invariants of the deadline computation (CPC art. 641-644, C. jud. art. 52-54).
 */
class DeadlineProperties {

    private static final List<Territory> FRENCH_COURTS = List.of(Territory.METROPOLITAN_FRANCE,
            Territory.ALSACE_MOSELLE, Territory.GUADELOUPE, Territory.MARTINIQUE, Territory.FRENCH_GUIANA,
            Territory.REUNION, Territory.MAYOTTE, Territory.SAINT_PIERRE_AND_MIQUELON, Territory.SAINT_BARTHELEMY,
            Territory.SAINT_MARTIN);

    private final DeadlineCalculator calculator = DeadlineCalculator.standard();

    /** A question: a time limit, its origin, the court and the party. */
    static final class Question {
        final ProceduralTimeLimit limit;
        final LocalDate origin;
        final Territory court;
        final Territory party;

        Question(ProceduralTimeLimit limit, LocalDate origin, Territory court, Territory party) {
            this.limit = limit;
            this.origin = origin;
            this.court = court;
            this.party = party;
        }

        Question withOrigin(LocalDate other) {
            return new Question(limit, other, court, party);
        }

        @Override
        public String toString() {
            return limit + " from " + origin + " court " + court + " party " + party;
        }
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 400).map(Period::ofDays),
                Arbitraries.integers().between(1, 36).map(Period::ofMonths),
                Arbitraries.integers().between(1, 10).map(Period::ofYears),
                Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 30))
                        .as((m, d) -> Period.of(0, m, d)));
    }

    @Provide
    Arbitrary<LocalDate> origins() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2150, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Question> questions() {
        Arbitrary<Direction> directions = Arbitraries.of(Direction.class);
        Arbitrary<TimeLimitKind> kinds = Arbitraries.of(TimeLimitKind.class);
        Arbitrary<Jurisdiction> jurisdictions = Arbitraries.of(Jurisdiction.FRANCE, Jurisdiction.FRANCE,
                Jurisdiction.BELGIUM, Jurisdiction.EUROPEAN_UNION);
        Arbitrary<Territory> parties = Arbitraries.of(Territory.class);
        return Combinators.combine(periods(), directions, kinds, jurisdictions, origins(),
                Arbitraries.of(FRENCH_COURTS), parties, Arbitraries.of(true, false))
                .as((period, direction, kind, jurisdiction, origin, frenchCourt, party, withParty) -> {
                    ProceduralTimeLimit limit = ProceduralTimeLimit.builder().name("Generated").period(period)
                            .direction(direction).kind(kind).jurisdiction(jurisdiction)
                            .reference(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("640")).build();
                    Territory court = jurisdiction == Jurisdiction.BELGIUM ? Territory.BELGIUM : frenchCourt;
                    return new Question(limit, origin, court, withParty ? party : null);
                });
    }

    private Deadline compute(Question q) {
        return q.party == null ? calculator.compute(q.limit, q.origin, q.court)
                : calculator.compute(q.limit, q.origin, q.court, q.party);
    }

    private LocalDate expiry(DeadlineCalculator calc, Question q) {
        return q.party == null ? calc.expiryDate(q.limit, q.origin, q.court)
                : calc.expiryDate(q.limit, q.origin, q.court, q.party);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void aDeadlineEndsOnAWorkingDayOnTheRightSideOfItsRawEnd(@ForAll("questions") Question q) {
        Deadline deadline = compute(q);
        PublicHolidayCalendar calendar = calculator.calendarOf(q.court);
        assertTrue(calendar.isWorkingDay(deadline.expiryDate()), q.toString());
        if (q.limit.direction() == Direction.FORWARD) {
            assertFalse(deadline.expiryDate().isBefore(deadline.rawEnd()), q.toString());
            assertTrue(deadline.rawEnd().isAfter(q.origin), q.toString());
        } else {
            assertFalse(deadline.expiryDate().isAfter(deadline.rawEnd()), q.toString());
            assertTrue(deadline.rawEnd().isBefore(q.origin), q.toString());
        }
        LocalDate end = deadline.rawEnd();
        for (Adjustment adjustment : deadline.adjustments()) {
            assertEquals(end, adjustment.from(), q.toString());
            assertFalse(adjustment.reason().references().isEmpty(), q.toString());
            end = adjustment.to();
        }
        assertEquals(deadline.expiryDate(), end, q.toString());
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void theWorkingDayMoveIsMinimal(@ForAll("questions") Question q) {
        Deadline deadline = compute(q);
        PublicHolidayCalendar calendar = calculator.calendarOf(q.court);
        LocalDate beforeMove = deadline.adjustments().stream()
                .filter(a -> a.kind() == Adjustment.Kind.DISTANCE_EXTENSION).map(Adjustment::to).findFirst()
                .orElse(deadline.rawEnd());
        int step = q.limit.direction() == Direction.FORWARD ? 1 : -1;
        for (LocalDate day = beforeMove; !day.equals(deadline.expiryDate()); day = day.plusDays(step)) {
            assertTrue(calendar.isNonWorkingDay(day), day + " was skipped but is a working day: " + q);
        }
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void aLaterStartNeverGivesAnEarlierEnd(@ForAll("questions") Question q, @ForAll @IntRange(min = 1, max = 60) int later) {
        Question laterQuestion = q.withOrigin(q.origin.plusDays(later));
        assertFalse(expiry(calculator, laterQuestion).isBefore(expiry(calculator, q)), q + " then +" + later);
    }

    @Property(tries = 400)
    void monthsClampToTheEndOfTheMonth(@ForAll("origins") LocalDate origin, @ForAll @IntRange(min = 1, max = 120) int months) {
        LocalDate end = TimeLimitArithmetic.endFrom(origin, Period.ofMonths(months));
        YearMonth target = YearMonth.from(origin).plusMonths(months);
        assertEquals(target, YearMonth.from(end));
        assertEquals(Math.min(origin.getDayOfMonth(), target.lengthOfMonth()), end.getDayOfMonth(),
                "CPC 641 al. 2: same quantième, or the last day of the month");
        LocalDate back = TimeLimitArithmetic.endBefore(origin, Period.ofMonths(months));
        YearMonth before = YearMonth.from(origin).minusMonths(months);
        assertEquals(Math.min(origin.getDayOfMonth(), before.lengthOfMonth()), back.getDayOfMonth());
    }

    @Property(tries = 300)
    void daysCountFromTheDayAfter(@ForAll("origins") LocalDate origin, @ForAll @IntRange(min = 1, max = 1000) int days) {
        assertEquals(days, TimeLimitArithmetic.endFrom(origin, Period.ofDays(days)).toEpochDay() - origin.toEpochDay());
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void theFastPathAgreesWithTheExplainedOne(@ForAll("questions") Question q) {
        assertEquals(compute(q).expiryDate(), expiry(calculator, q), q.toString());
    }

    @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
    void parallelEqualsSequential(@ForAll @Size(min = 50, max = 200) List<@From("questions") Question> qs) {
        // Fresh calendars, so the lazily computed years are raced for.
        DeadlineCalculator fresh = DeadlineCalculator.standard()
                .withCalendar(Territory.METROPOLITAN_FRANCE, Calendars.union(
                        Calendars.forTerritory(Territory.METROPOLITAN_FRANCE),
                        Calendars.belgianCommunity(BelgianCommunity.GERMAN_SPEAKING)))
                .withCalendar(Territory.BELGIUM, Calendars.union(Calendars.forTerritory(Territory.BELGIUM),
                        Calendars.belgianCommunity(BelgianCommunity.FRENCH)));
        List<LocalDate> parallel = qs.parallelStream().map(q -> expiry(fresh, q)).collect(Collectors.toList());
        List<LocalDate> sequential = qs.stream().map(q -> expiry(fresh, q)).collect(Collectors.toList());
        List<Deadline> explainedTwice = qs.parallelStream().map(this::compute).collect(Collectors.toList());
        assertEquals(sequential, parallel);
        assertEquals(qs.stream().map(this::compute).collect(Collectors.toList()), explainedTwice);
    }
}
