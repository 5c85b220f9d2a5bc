package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;

/**
 * Composes the reasons of a proposed action when the caller asks for them. Deciding keeps no sentence: the reasons of
 * each claim are those of its case evaluated again, with the same inputs (the case, the policy, the date), by an
 * explaining evaluator, which reaches the same state and says why. A letter grouping several claims gives the step's
 * basis, the grouping, then each claim's own reasons, naming the claim.
 */
final class ActionReasons {

    private ActionReasons() {
    }

    static Explanation of(ProposedAction action) {
        List<ActionItem> items = action.items();
        LocalDate asOf = items.get(0).asOf();
        CaseEvaluator evaluator = new CaseEvaluator(asOf, action.legalFacts(), true);
        DunningPolicy policy = action.policy();
        List<Reason> reasons = new ArrayList<>();
        if (items.size() == 1) {
            reasons.addAll(reasonsOf(evaluator, action, items.get(0), policy));
        } else {
            Reason basis = action.step().orElseThrow().basis();
            reasons.add(basis);
            reasons.add(Reason.of("One communication for " + items.size() + " claims of the debtor (grouping "
                    + policy.grouping() + ")"));
            for (ActionItem item : items) {
                String caseId = item.caseId();
                for (Reason reason : reasonsOf(evaluator, action, item, policy)) {
                    if (!reason.equals(basis)) {
                        reasons.add(Reason.lazy(() -> "Claim " + caseId + ": " + reason.text(), reason.references()));
                    }
                }
            }
        }
        action.contactRule().ifPresent(reasons::add);
        return Explanation.of(reasons);
    }

    private static List<Reason> reasonsOf(CaseEvaluator evaluator, ProposedAction action, ActionItem item,
            DunningPolicy policy) {
        CaseState state = evaluator.evaluate(item.recoveryCase(), policy, action.debtor().territory());
        Candidate candidate = state.candidate();
        if (candidate == null || candidate.kind() != action.kind()) {
            // Evaluation is a function of the case, the policy and the date: this cannot happen.
            throw new AssertionError("case " + item.caseId() + " evaluated again gives another action");
        }
        return candidate.reasons();
    }
}
