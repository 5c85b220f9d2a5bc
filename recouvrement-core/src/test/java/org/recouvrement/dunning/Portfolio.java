package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * A small mutable portfolio for scenario tests: cases by id, a planner and policies; decide on a day, record what was
 * done, decide again.
 */
final class Portfolio {

    private final Map<String, RecoveryCase> cases = new LinkedHashMap<>();
    private final DunningPlanner planner;
    private final PolicySet policies;

    Portfolio(DunningPlanner planner, PolicySet policies) {
        this.planner = planner;
        this.policies = policies;
    }

    static Portfolio of(DunningPolicy policy) {
        return new Portfolio(DunningPlanner.standard(), PolicySet.of(policy));
    }

    Portfolio with(RecoveryCase file) {
        cases.put(file.id(), file);
        return this;
    }

    Portfolio record(String caseId, CaseEvent... events) {
        RecoveryCase file = cases.get(caseId);
        if (file == null) {
            throw new AssertionError("no case " + caseId);
        }
        cases.put(caseId, file.withEvents(List.of(events)));
        return this;
    }

    RecoveryCase get(String caseId) {
        return cases.get(caseId);
    }

    List<RecoveryCase> cases() {
        return List.copyOf(cases.values());
    }

    DunningDecision decide(LocalDate asOf) {
        return planner.decide(cases(), policies, asOf);
    }

    /** Records every action of the decision as executed on its date, on each of its cases. */
    Portfolio executeAll(DunningDecision decision) {
        for (ProposedAction action : decision.actions()) {
            execute(action, decision.asOf());
        }
        return this;
    }

    Portfolio execute(ProposedAction action, LocalDate date) {
        for (String id : action.caseIds()) {
            record(id, action.executed(date));
        }
        return this;
    }

    Portfolio reject(ProposedAction action, LocalDate date) {
        for (String id : action.caseIds()) {
            record(id, action.rejected(date));
        }
        return this;
    }

    /**
     * Returns each action of the decisions as {@code "<asOf> <step key or kind> <case ids>"}, in order of the
     * decisions, alphabetically within a decision.
     */
    static List<String> trace(List<DunningDecision> decisions) {
        List<String> lines = new ArrayList<>();
        for (DunningDecision decision : decisions) {
            List<String> day = new ArrayList<>();
            for (ProposedAction action : decision.actions()) {
                day.add(decision.asOf() + " " + label(action) + " " + String.join(",", action.caseIds()));
            }
            day.sort(null);
            lines.addAll(day);
        }
        return lines;
    }

    static String label(ProposedAction action) {
        return action.kind() == ActionKind.STEP ? action.step().orElseThrow().key() : action.kind().name();
    }

    /** Decides every day from one date to another, both included, recording all actions executed if asked. */
    List<DunningDecision> daily(LocalDate from, LocalDate to, boolean execute) {
        List<DunningDecision> decisions = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DunningDecision decision = decide(day);
            decisions.add(decision);
            if (execute) {
                executeAll(decision);
            }
        }
        return decisions;
    }
}
