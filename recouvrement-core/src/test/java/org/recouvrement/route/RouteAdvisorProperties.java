package org.recouvrement.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.RecouvrementArbitraries;

/** Invariants of the route advisor over generated cases and dates. */
class RouteAdvisorProperties {

    private static final RouteAdvisor ADVISOR = RouteAdvisor.standard();

    /** A case and the date it is assessed on: between its issue and six years after its due date. */
    record Question(RecoveryCase file, LocalDate asOf) {
    }

    @Provide
    Arbitrary<Question> questions() {
        return RecouvrementArbitraries.recoveryCases().flatMap(file -> Arbitraries.integers().between(0, 6 * 365)
                .map(days -> new Question(file, file.claim().issueDate().plusDays(days))));
    }

    @Provide
    Arbitrary<Question> questionsDuringInsolvency() {
        return Combinators.combine(questions(), Arbitraries.integers().between(0, 60),
                Arbitraries.of(InsolvencyKind.SAFEGUARD, InsolvencyKind.REORGANISATION, InsolvencyKind.LIQUIDATION))
                .as((q, publishedAfter, kind) -> {
                    LocalDate opened = q.file().claim().dueDate().plusDays(10);
                    RecoveryCase file = q.file().withEvent(new CaseEvent.InsolvencyOpened(opened, kind,
                            Optional.of(opened.plusDays(publishedAfter))));
                    LocalDate asOf = q.asOf().isBefore(opened) ? opened : q.asOf();
                    return new Question(file, asOf);
                });
    }

    @Property(tries = 200)
    void everyClosedOrDoubtfulRouteSaysWhyWithALegalReference(@ForAll("questions") Question q) {
        for (RouteOption option : ADVISOR.assess(q.file(), q.asOf()).options()) {
            if (!option.isEligible()) {
                assertFalse(option.eligibility().explanation().reasons().isEmpty(), option::toString);
                assertTrue(option.eligibility().explanation().reasons().stream()
                        .anyMatch(r -> !r.references().isEmpty()), option::toString);
            }
        }
    }

    @Property(tries = 200)
    void noJudicialRouteIsRecommendedForATimeBarredClaim(@ForAll("questions") Question q) {
        RouteAssessment assessment = ADVISOR.assess(q.file(), q.asOf());
        if (assessment.timeBarred()) {
            assertTrue(assessment.recommended().isEmpty() || !assessment.recommended().get().isJudicial(),
                    assessment::toString);
            assessment.options().stream().filter(o -> o.kind().isJudicial())
                    .forEach(o -> assertTrue(o.isIneligible(), o::toString));
        }
    }

    @Property(tries = 150)
    void duringInsolvencyOnlyTheProofOfClaimIsRecommended(@ForAll("questionsDuringInsolvency") Question q) {
        RouteAssessment assessment = ADVISOR.assess(q.file(), q.asOf());
        assessment.recommended().ifPresent(kind -> assertEquals(RouteKind.PROOF_OF_CLAIM, kind));
        assessment.options().stream().filter(o -> o.kind() != RouteKind.PROOF_OF_CLAIM)
                .forEach(o -> assertTrue(o.isIneligible(), o::toString));
    }

    @Property(tries = 150)
    void theAnswerDoesNotDependOnTheOrderEventsWereRecorded(@ForAll("questions") Question q, @ForAll long seed) {
        List<CaseEvent> shuffled = new ArrayList<>(q.file().events());
        Collections.shuffle(shuffled, new Random(seed));
        RecoveryCase rebuilt = RecoveryCase.of(q.file().claim());
        for (CaseEvent event : shuffled) {
            rebuilt = rebuilt.withEvent(event);
        }
        assertEquals(ADVISOR.assess(q.file(), q.asOf()), ADVISOR.assess(rebuilt, q.asOf()));
    }

    @Property(tries = 100)
    void theAdvisorIsDeterministic(@ForAll("questions") Question q) {
        assertEquals(ADVISOR.assess(q.file(), q.asOf()), RouteAdvisor.standard().assess(q.file(), q.asOf()));
    }
}
