package org.recouvrement.limitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.DecisionKind;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.LimitationArbitraries;

/**
 * Invariants of the law of limitation, checked on generated cases ({@link LimitationArbitraries}).
 */
class LimitationProperties {

    /** A case, one or more events to add, and the date asked about. */
    record Addition(RecoveryCase base, List<CaseEvent> added, LocalDate asOf) {
        RecoveryCase withAddition() {
            return base.withEvents(added);
        }
    }

    @Property(tries = 400)
    void anInterruptionNeverMakesTheExpiryEarlier(@ForAll("interruptionAdded") Addition addition) {
        LimitationAssessment before = LimitationAssessor.assess(addition.base(), addition.asOf());
        // Under a consumer credit's preclusive period a payment plan is a rescheduling, not an interruption.
        Assume.that(before.claimRule().kind() == PeriodKind.LIMITATION
                || !(addition.added().get(0) instanceof CaseEvent.PaymentPlanAgreed));
        LimitationAssessment after = LimitationAssessor.assess(addition.withAddition(), addition.asOf());

        assertPartsNotEarlier(before, after);
    }

    @Property(tries = 400)
    void aSuspensionNeverMakesTheExpiryEarlier(@ForAll("suspensionAdded") Addition addition) {
        LimitationAssessment before = LimitationAssessor.assess(addition.base(), addition.asOf());
        LimitationAssessment after = LimitationAssessor.assess(addition.withAddition(), addition.asOf());

        assertPartsNotEarlier(before, after);
    }

    @Property(tries = 400)
    void aroundTheReformOf2008AnInterruptionOrASuspensionNeverMakesTheExpiryEarlier(
            @ForAll("eventsAroundTheReform") Addition addition) {
        LimitationAssessment before = LimitationAssessor.assess(addition.base(), addition.asOf());
        Assume.that(before.claimRule().kind() == PeriodKind.LIMITATION);
        LimitationAssessment after = LimitationAssessor.assess(addition.withAddition(), addition.asOf());

        assertPartsNotEarlier(before, after);
    }

    @Property(tries = 400)
    void aSuspensionOfArticle2238Or2239LeavesAtLeastSixMonthsAfterItEnds(
            @ForAll("suspensionAdded") Addition addition) {
        CaseEvent start = addition.added().get(0);
        CaseEvent end = addition.added().get(1);
        LimitationAssessment after = LimitationAssessor.assess(addition.withAddition(), addition.asOf());
        boolean sixMonths = !(start instanceof CaseEvent.ImpedimentStarted);
        if (end.date().isAfter(addition.asOf())) {
            return;
        }
        AppliedEvent applied = after.appliedEvents().stream().filter(a -> a.event().equals(start)).findFirst()
                .orElseThrow();
        if (!sixMonths || after.parts().size() > 1 || applied.effect() != EventEffect.SUSPENDED
                || end.date().isAfter(addition.asOf()) || after.expiry().isEmpty()) {
            return;
        }
        LocalDate floor = end.date().plusMonths(6);
        LocalDate limit = after.longStop().filter(longStop -> longStop.isBefore(floor)).orElse(floor);

        assertFalse(after.expiry().get().isBefore(limit), () -> after.explanation().toString());
    }

    @Property(tries = 400)
    void noExpiryExceedsTheLongStopOfANonJudicialClaim(@ForAll("extrajudicialCases") RecoveryCase file,
            @ForAll("years") int years) {
        LocalDate asOf = LimitationArbitraries.arose(file.claim()).plusYears(years);
        LimitationAssessment assessment = LimitationAssessor.assess(file, asOf);

        if (assessment.longStop().isPresent() && assessment.expiry().isPresent()) {
            assertFalse(assessment.expiry().get().isAfter(assessment.longStop().get()),
                    () -> assessment.explanation().toString());
        }
        // Independently of the assessment's own long-stop: twenty years from the latest day the claim or one of its
        // instalments fell due (a postponed due date is a term, which art. 2232 al. 2 leaves uncapped).
        boolean postponed = file.events().stream().anyMatch(e -> e instanceof CaseEvent.DueDatePostponed);
        if (assessment.rule().isCappedByLongStop() && !postponed
                && !assessment.parts().get(0).start().isBefore(LocalDate.of(2008, 6, 19))) {
            LocalDate longStop = LimitationArbitraries.arose(file.claim()).plusYears(20);
            LocalDate birth = file.claim().instalments().isEmpty() ? file.claim().dueDate()
                    : file.claim().instalments().get(file.claim().instalments().size() - 1).dueDate();
            LocalDate latest = longStop.isAfter(birth.plusYears(20)) ? longStop : birth.plusYears(20);
            for (LimitationPart part : assessment.parts()) {
                part.expiry().ifPresent(expiry -> assertFalse(expiry.isAfter(latest),
                        () -> assessment.explanation().toString()));
            }
        }
    }

    @Property(tries = 400)
    void eventsAfterExpiryNeverReviveTheClaim(@ForAll("recoveryCases") RecoveryCase file,
            @ForAll("anyEventSeed") long seed) {
        LocalDate asOf = LimitationArbitraries.arose(file.claim()).plusYears(45);
        LimitationAssessment before = LimitationAssessor.assess(file, asOf);
        for (int i = 0; i < before.parts().size(); i++) {
            LimitationPart part = before.parts().get(i);
            if (part.status() != LimitationStatus.EXPIRED) {
                continue;
            }
            LocalDate expiry = part.expiry().get();
            LocalDate eventDay = expiry.plusDays(1 + Math.floorMod(seed, 3650));
            for (CaseEvent event : eventsOn(eventDay)) {
                LimitationAssessment after = LimitationAssessor.assess(file.withEvent(event), asOf);
                LimitationPart same = after.parts().get(i);
                assertEquals(LimitationStatus.EXPIRED, same.status(), () -> event + "\n" + after.explanation());
                assertEquals(part.expiry(), same.expiry(), () -> event + "\n" + after.explanation());
            }
        }
    }

    @Property(tries = 400)
    void aReminderOrAFormalNoticeNeverChangesTheExpiry(@ForAll("reminderAdded") Addition addition) {
        LimitationAssessment before = LimitationAssessor.assess(addition.base(), addition.asOf());
        LimitationAssessment after = LimitationAssessor.assess(addition.withAddition(), addition.asOf());

        assertEquals(before.parts(), after.parts());
        assertEquals(before.status(), after.status());
        assertEquals(before.expiry(), after.expiry());
        assertEquals(before.remainingDays(), after.remainingDays());
    }

    @Property(tries = 300)
    void theResultDoesNotDependOnTheOrderEventsWereAdded(@ForAll("shuffled") Addition addition) {
        RecoveryCase allAtOnce = addition.base().withEvents(addition.added());
        RecoveryCase oneByOne = addition.base();
        for (CaseEvent event : addition.added()) {
            oneByOne = oneByOne.withEvent(event);
        }

        assertEquals(LimitationAssessor.assess(allAtOnce, addition.asOf()),
                LimitationAssessor.assess(oneByOne, addition.asOf()));
    }

    @Property(tries = 400)
    void theStatusAgreesWithTheDates(@ForAll("recoveryCases") RecoveryCase file, @ForAll("years") int years) {
        LocalDate asOf = LimitationArbitraries.arose(file.claim()).plusYears(years);
        LimitationAssessment assessment = LimitationAssessor.assess(file, asOf);

        switch (assessment.status()) {
            case RUNNING:
                assertFalse(assessment.expiry().get().isBefore(asOf));
                assertEquals(assessment.expiry().get().toEpochDay() - asOf.toEpochDay(), assessment.remainingDays());
                assertFalse(assessment.expiry().get().isBefore(assessment.start()));
                break;
            case EXPIRED:
                assertTrue(assessment.expiry().get().isBefore(asOf));
                assertEquals(0, assessment.remainingDays());
                break;
            case NOT_YET_RUNNING:
                assertTrue(assessment.start().isAfter(asOf) || assessment.parts().size() > 1
                        || assessment.rule() == LimitationRule.FR_CONSUMER_CREDIT);
                break;
            default:
                assertTrue(assessment.expiry().isEmpty());
        }
        assertEquals(file.events().stream().filter(e -> !e.date().isAfter(asOf)).count(),
                assessment.appliedEvents().size());
        assertTrue(assessment.governingLaw() == Jurisdiction.FRANCE || assessment.governingLaw() == Jurisdiction.BELGIUM);
        assertFalse(assessment.explanation().isEmpty());
    }

    // ------------------------------------------------------------------------------------------------ generators

    @Provide
    Arbitrary<RecoveryCase> recoveryCases() {
        return LimitationArbitraries.recoveryCases();
    }

    @Provide
    Arbitrary<RecoveryCase> extrajudicialCases() {
        return LimitationArbitraries.recoveryCases().filter(file -> file.events().stream().noneMatch(e ->
                e instanceof CaseEvent.CourtActionFiled || e instanceof CaseEvent.DecisionRendered
                        || e instanceof CaseEvent.DecisionServed || e instanceof CaseEvent.EnforcementMeasureTaken
                        || e instanceof CaseEvent.ProofOfClaimFiled));
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(0, 40);
    }

    @Provide
    Arbitrary<Long> anyEventSeed() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Addition> interruptionAdded() {
        return LimitationArbitraries.recoveryCases().flatMap(file -> {
            LocalDate arose = LimitationArbitraries.arose(file.claim());
            return Combinators.combine(LimitationArbitraries.interruptions(arose, arose.plusYears(30)),
                    Arbitraries.integers().between(0, 40))
                    .as((event, years) -> new Addition(file, List.of(event), arose.plusYears(years)));
        });
    }

    @Provide
    Arbitrary<Addition> suspensionAdded() {
        return LimitationArbitraries.recoveryCases().flatMap(file -> {
            LocalDate arose = LimitationArbitraries.arose(file.claim());
            return Combinators.combine(LimitationArbitraries.suspensions(arose, arose.plusYears(25)),
                    Arbitraries.integers().between(0, 40))
                    .as((pair, years) -> new Addition(file, pair, arose.plusYears(years)));
        });
    }

    /**
     * Claims born under the former periods, half of them with court or insolvency proceedings pending on 19 June 2008,
     * and an interruption or a suspension within two years of that day.
     */
    @Provide
    Arbitrary<Addition> eventsAroundTheReform() {
        LocalDate reform = LocalDate.of(2008, 6, 19);
        return LimitationArbitraries.recoveryCases(LocalDate.of(1990, 1, 1), reform.minusDays(1)).flatMap(file -> {
            LocalDate arose = LimitationArbitraries.arose(file.claim());
            LocalDate from = arose.isAfter(reform.minusYears(2)) ? arose : reform.minusYears(2);
            Arbitrary<List<CaseEvent>> pending = Combinators.combine(Arbitraries.integers().between(0, 3),
                    LimitationArbitraries.datesBetween(from, reform.minusDays(1)),
                    LimitationArbitraries.datesBetween(reform, reform.plusYears(2)))
                    .as((kind, opened, ended) -> proceedingsPendingOnTheReform(kind, opened, ended));
            Arbitrary<List<CaseEvent>> added = Arbitraries.oneOf(
                    LimitationArbitraries.interruptions(from, reform.plusYears(2)).map(List::of),
                    LimitationArbitraries.suspensions(from, reform.plusYears(2)));
            return Combinators.combine(pending, added, Arbitraries.integers().between(0, 30))
                    .as((proceedings, events, years) -> new Addition(file.withEvents(proceedings), events,
                            reform.minusYears(2).plusYears(years)));
        });
    }

    private static List<CaseEvent> proceedingsPendingOnTheReform(int kind, LocalDate opened, LocalDate ended) {
        switch (kind) {
            case 0: return List.of(new CaseEvent.CourtActionFiled(opened, CourtProceedings.PROCEEDINGS_ON_THE_MERITS),
                    new CaseEvent.DecisionRendered(ended, DecisionKind.JUDGMENT, Optional.empty()));
            case 1: return List.of(new CaseEvent.ProofOfClaimFiled(opened, Amount.euros(100)),
                    new CaseEvent.InsolvencyClosed(ended));
            default: return List.of();
        }
    }

    @Provide
    Arbitrary<Addition> reminderAdded() {
        return LimitationArbitraries.recoveryCases().flatMap(file -> {
            LocalDate arose = LimitationArbitraries.arose(file.claim());
            return Combinators.combine(LimitationArbitraries.remindersAndFormalNotices(arose, arose.plusYears(30))
                    .list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 40))
                    .as((events, years) -> new Addition(file, events, arose.plusYears(years)));
        });
    }

    @Provide
    Arbitrary<Addition> shuffled() {
        return LimitationArbitraries.claims().flatMap(claim -> LimitationArbitraries.timelines(claim)
                .flatMap(events -> Combinators.combine(Arbitraries.shuffle(events),
                        Arbitraries.integers().between(0, 40))
                        .as((order, years) -> new Addition(RecoveryCase.of(claim), order,
                                LimitationArbitraries.arose(claim).plusYears(years)))));
    }

    private static List<CaseEvent> eventsOn(LocalDate day) {
        List<CaseEvent> events = new ArrayList<>();
        events.add(new CaseEvent.DebtAcknowledged(day));
        events.add(new CaseEvent.PaymentReceived(day, org.recouvrement.money.Amount.euros(10)));
        events.add(new CaseEvent.EnforcementMeasureTaken(day, org.recouvrement.recovery.EnforcementKind.COMMAND_TO_PAY));
        events.add(new CaseEvent.AmicableProcessStarted(day, org.recouvrement.recovery.AmicableProcess.MEDIATION));
        events.add(new CaseEvent.ImpedimentStarted(day, "force majeure"));
        events.add(new CaseEvent.DueDatePostponed(day, day.plusDays(90)));
        events.add(new CaseEvent.AccelerationDeclared(day));
        events.add(new CaseEvent.ProofOfClaimFiled(day, org.recouvrement.money.Amount.euros(10)));
        events.add(new CaseEvent.ReminderSent(day, org.recouvrement.recovery.ContactChannel.EMAIL));
        return events;
    }

    private static void assertPartsNotEarlier(LimitationAssessment before, LimitationAssessment after) {
        assertEquals(before.parts().size(), after.parts().size());
        for (int i = 0; i < before.parts().size(); i++) {
            LocalDate was = before.parts().get(i).expiry().orElse(LocalDate.MAX);
            LocalDate is = after.parts().get(i).expiry().orElse(LocalDate.MAX);
            int part = i;
            assertFalse(is.isBefore(was), () -> "part " + part + ": " + was + " -> " + is + "\nBEFORE\n"
                    + before.explanation() + "\nAFTER\n" + after.explanation());
        }
    }
}
