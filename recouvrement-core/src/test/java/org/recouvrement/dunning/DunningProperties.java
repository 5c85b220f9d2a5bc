package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.DunningArbitraries;
import org.recouvrement.testing.DunningArbitraries.Scenario;

/**
 * The guarantees of {@link DunningPlanner}, over generated policies, portfolios and dates.
 */
class DunningProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return DunningArbitraries.scenarios();
    }

    @Provide
    Arbitrary<Scenario> quietScenarios() {
        return DunningArbitraries.quietScenarios();
    }

    private static Portfolio portfolio(Scenario scenario) {
        Portfolio portfolio = Portfolio.of(scenario.policy());
        scenario.cases().forEach(portfolio::with);
        return portfolio;
    }

    private static DunningDecision decide(List<RecoveryCase> cases, DunningPolicy policy, LocalDate asOf) {
        return DunningPlanner.standard().decide(cases, PolicySet.of(policy), asOf);
    }

    /**
     * Deterministic: the same cases, policy and date give equal decisions; the order the cases are given in changes
     * neither the actions nor any case's snapshot.
     */
    @Property(tries = 200)
    void deterministic(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(min = 0, max = 150) int day) {
        LocalDate asOf = scenario.from().plusDays(day);
        DunningDecision first = decide(scenario.cases(), scenario.policy(), asOf);
        assertEquals(first, decide(scenario.cases(), scenario.policy(), asOf));
        List<RecoveryCase> reversed = new ArrayList<>(scenario.cases());
        Collections.reverse(reversed);
        DunningDecision other = decide(reversed, scenario.policy(), asOf);
        assertEquals(first.actions(), other.actions());
        for (CaseSnapshot snapshot : first.snapshots()) {
            assertEquals(snapshot, other.snapshot(snapshot.caseId()).orElseThrow());
        }
    }

    /**
     * Idempotent: once every action of a decision is recorded as executed on the decision's date, the decision rerun
     * that day proposes nothing, also when the batch had not run for a while before (several steps then being due).
     */
    @Property(tries = 300)
    void idempotent(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(min = 0, max = 150) int day,
            @ForAll @IntRange(min = 0, max = 40) int notRunFor) {
        LocalDate asOf = scenario.from().plusDays(day);
        Portfolio portfolio = portfolio(scenario);
        portfolio.daily(scenario.from(), asOf.minusDays(1L + notRunFor), true);
        DunningDecision decision = portfolio.decide(asOf);
        portfolio.executeAll(decision);
        DunningDecision rerun = portfolio.decide(asOf);
        assertTrue(rerun.actions().isEmpty(), () -> decision.actions() + " then " + rerun.actions());
    }

    /**
     * Catch-up equivalence, in three parts, over claims whose timelines hold nothing but what the planner records:
     * <ol>
     *   <li>deciding every day from D1 to D2 without recording anything proposes at D2 exactly what one run at D2
     *       proposes (the planner keeps no state between runs);</li>
     *   <li>one run at D2, after nothing ran since D1, proposes for each claim at most one action, and for a step the
     *       first step not yet passed (a reminder due before the due date having lapsed if D2 is after it): what is due
     *       now, once, never a later level;</li>
     *   <li>that step is the one a daily run from D1, recording every action, proposed first for the claim, unless
     *       that first proposal was a reminder before the due date which the single run finds lapsed.</li>
     * </ol>
     */
    @Property(tries = 100)
    void catchUp(@ForAll("quietScenarios") Scenario scenario, @ForAll @IntRange(min = 0, max = 60) int start,
            @ForAll @IntRange(min = 1, max = 60) int gap) {
        LocalDate d1 = scenario.from().plusDays(start);
        LocalDate d2 = d1.plusDays(gap);
        DunningPolicy policy = scenario.policy();
        List<DunningDecision> unrecorded = portfolio(scenario).daily(d1, d2, false);
        DunningDecision once = decide(scenario.cases(), policy, d2);
        assertEquals(once, unrecorded.get(unrecorded.size() - 1));

        Map<String, Integer> proposedOnce = new HashMap<>();
        for (ProposedAction action : once.actions()) {
            for (ActionItem item : action.items()) {
                assertFalse(proposedOnce.containsKey(item.caseId()), "two actions for " + item.caseId());
                proposedOnce.put(item.caseId(), item.step().map(s -> policy.indexOf(s.key())).orElse(-1));
            }
        }
        Map<String, Integer> firstDaily = new HashMap<>();
        for (DunningDecision decision : portfolio(scenario).daily(d1, d2, true)) {
            for (ProposedAction action : decision.actions()) {
                for (ActionItem item : action.items()) {
                    firstDaily.putIfAbsent(item.caseId(), item.step().map(s -> policy.indexOf(s.key())).orElse(-1));
                }
            }
        }
        for (RecoveryCase file : scenario.cases()) {
            Integer index = proposedOnce.get(file.id());
            if (index == null || index < 0) {
                continue;
            }
            int expected = 0;
            while (isPreDue(policy.steps().get(expected)) && d2.isAfter(file.claim().dueDate())) {
                expected++;
            }
            assertEquals(expected, index, file.id());
            Integer daily = firstDaily.get(file.id());
            if (daily != null && daily >= 0 && !isPreDue(policy.steps().get(daily))) {
                assertEquals(daily, index, file.id());
            }
        }
    }

    /**
     * Deciding every day and recording every action never proposes a step twice for a claim, nor skips one: the steps
     * proposed for each claim follow the policy's order one by one, the only gaps being reminders due before the due
     * date that lapsed unsent.
     */
    @Property(tries = 150)
    void neverTwiceNeverSkipped(@ForAll("scenarios") Scenario scenario) {
        DunningPolicy policy = scenario.policy();
        Map<String, List<Integer>> proposed = new HashMap<>();
        for (DunningDecision decision : portfolio(scenario).daily(scenario.from(), scenario.to(), true)) {
            for (ProposedAction action : decision.actions()) {
                for (ActionItem item : action.items()) {
                    if (action.kind() == ActionKind.STEP) {
                        proposed.computeIfAbsent(item.caseId(), k -> new ArrayList<>())
                                .add(policy.indexOf(item.step().orElseThrow().key()));
                    }
                }
            }
        }
        for (Map.Entry<String, List<Integer>> entry : proposed.entrySet()) {
            List<Integer> indices = entry.getValue();
            for (int i = 0; i < indices.get(0); i++) {
                assertTrue(isPreDue(policy.steps().get(i)), entry.getKey() + " skipped step " + i + ": " + indices);
            }
            for (int i = 1; i < indices.size(); i++) {
                int previous = indices.get(i - 1);
                int current = indices.get(i);
                assertTrue(current > previous, entry.getKey() + " proposed a step twice: " + indices);
                for (int skipped = previous + 1; skipped < current; skipped++) {
                    assertTrue(isPreDue(policy.steps().get(skipped)), entry.getKey() + " skipped a step: " + indices);
                }
            }
        }
    }

    private static boolean isPreDue(DunningStep step) {
        return step.trigger().anchor() == Anchor.DUE_DATE && step.trigger().offset() < 0;
    }

    /**
     * No step is proposed for a claim paused on the date of the decision: under dispute, with a promise to pay not yet
     * due, under a mediation, with a court action pending, or in insolvency proceedings. The pause is read from the
     * timeline here independently of the planner.
     */
    @Property(tries = 300)
    void noStepDuringAPause(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(min = 0, max = 150) int day) {
        LocalDate asOf = scenario.from().plusDays(day);
        Map<String, RecoveryCase> byId = new HashMap<>();
        scenario.cases().forEach(file -> byId.put(file.id(), file));
        DunningDecision decision = decide(scenario.cases(), scenario.policy(), asOf);
        for (ProposedAction action : decision.actions()) {
            if (action.kind() != ActionKind.STEP) {
                continue;
            }
            for (ActionItem item : action.items()) {
                String pause = pause(byId.get(item.caseId()), asOf);
                assertEquals(null, pause, item.caseId() + " is paused by " + pause + " but got " + action.id());
            }
        }
    }

    /** Reads a pause from the events on or before a date, or returns null. */
    private static String pause(RecoveryCase file, LocalDate asOf) {
        boolean dispute = false;
        boolean mediation = false;
        boolean court = false;
        boolean insolvency = false;
        LocalDate promised = null;
        for (CaseEvent event : file.eventsUntil(asOf)) {
            if (event instanceof CaseEvent.DisputeOpened) {
                dispute = true;
            } else if (event instanceof CaseEvent.DisputeClosed) {
                dispute = false;
            } else if (event instanceof CaseEvent.AmicableProcessStarted) {
                mediation = true;
            } else if (event instanceof CaseEvent.AmicableProcessEnded) {
                mediation = false;
            } else if (event instanceof CaseEvent.CourtActionFiled) {
                court = true;
            } else if (event instanceof CaseEvent.CourtActionWithdrawn) {
                court = false;
            } else if (event instanceof CaseEvent.InsolvencyOpened) {
                insolvency = true;
            } else if (event instanceof CaseEvent.InsolvencyClosed) {
                insolvency = false;
            } else if (event instanceof CaseEvent.PromiseToPay promise) {
                promised = promise.promisedDate();
            }
        }
        if (dispute) {
            return "a dispute";
        }
        if (mediation) {
            return "a mediation";
        }
        if (court) {
            return "a court action";
        }
        if (insolvency) {
            return "insolvency";
        }
        if (promised != null && !asOf.isAfter(promised)) {
            return "a promise to pay";
        }
        return null;
    }

    /**
     * Contact rules: over a daily run that records every action, no contact step reaches a debtor less than the
     * policy's minimum spacing after another contact with that debtor (by another claim, or a reminder the ERP
     * recorded itself), two contacts by the planner never fall on the same day unless the spacing is zero, and no
     * window of the cap's length holds more contact days than the cap allows.
     */
    @Property(tries = 150)
    void contactRulesHold(@ForAll("scenarios") Scenario scenario) {
        DunningPolicy policy = scenario.policy();
        Portfolio portfolio = portfolio(scenario);
        Map<String, List<LocalDate>> ours = new HashMap<>();
        for (DunningDecision decision : portfolio.daily(scenario.from(), scenario.to(), true)) {
            for (ProposedAction action : decision.actions()) {
                if (action.isContact()) {
                    ours.computeIfAbsent(debtorOf(action), k -> new ArrayList<>()).add(decision.asOf());
                }
            }
        }
        Map<String, TreeSet<LocalDate>> erp = new HashMap<>();
        for (RecoveryCase file : scenario.cases()) {
            for (CaseEvent event : file.events()) {
                if (event instanceof CaseEvent.ReminderSent || event instanceof CaseEvent.FormalNoticeSent) {
                    erp.computeIfAbsent(file.id().substring(0, 2), k -> new TreeSet<>()).add(event.date());
                }
            }
        }
        int spacing = policy.minimumSpacingDays();
        for (Map.Entry<String, List<LocalDate>> entry : ours.entrySet()) {
            List<LocalDate> days = entry.getValue();
            TreeSet<LocalDate> all = new TreeSet<>(days);
            all.addAll(erp.getOrDefault(entry.getKey(), new TreeSet<>()));
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                if (spacing > 0) {
                    assertEquals(1, Collections.frequency(days, day), entry.getKey() + " twice on " + day);
                    assertFalse(erp.getOrDefault(entry.getKey(), new TreeSet<>()).contains(day),
                            entry.getKey() + " contacted on " + day + " as the ERP did");
                }
                LocalDate before = all.lower(day);
                if (before != null) {
                    assertTrue(before.plusDays(spacing).compareTo(day) <= 0,
                            entry.getKey() + ": " + before + " then " + day + ", spacing " + spacing);
                }
                if (policy.contactCap().isPresent()) {
                    ContactCap cap = policy.contactCap().get();
                    int inWindow = all.subSet(day.minusDays(cap.days() - 1L), true, day, true).size();
                    assertTrue(inWindow <= cap.contacts(), entry.getKey() + " on " + day + ": " + all + ", " + cap);
                }
            }
        }
    }

    private static String debtorOf(ProposedAction action) {
        return action.caseIds().get(0).substring(0, 2);
    }

    /**
     * Every action carries a reason: a step action at least its step's basis, any other its own explanation; every
     * action covers at least one claim and has a latest date not before its earliest.
     */
    @Property(tries = 200)
    void everyActionCarriesAReason(@ForAll("scenarios") Scenario scenario,
            @ForAll @IntRange(min = 0, max = 150) int day) {
        Portfolio portfolio = portfolio(scenario);
        LocalDate asOf = scenario.from().plusDays(day);
        portfolio.daily(scenario.from(), asOf.minusDays(1), true);
        for (ProposedAction action : portfolio.decide(asOf).actions()) {
            assertFalse(action.reasons().isEmpty());
            assertFalse(action.items().isEmpty());
            assertFalse(action.latestDate().isBefore(action.earliestDate()) && action.kind() == ActionKind.STEP);
            if (action.kind() == ActionKind.STEP) {
                assertTrue(action.reasons().reasons().contains(action.step().orElseThrow().basis()), action::toString);
            }
        }
    }
}
