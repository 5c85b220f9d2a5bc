package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.internal.Checks;

/**
 * The answer of {@link DunningPlanner#decide}: the actions proposed on a date, a snapshot of every case, and the
 * warnings.
 *
 * <p>Actions are ordered by earliest date then identifier; snapshots follow the order of the cases given; warnings
 * follow the cases. Two decisions over the same cases, policies and date are equal.
 */
@Value.Immutable
public abstract class DunningDecision {

    DunningDecision() {
    }

    /**
     * Returns the date of the decision.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate asOf();

    /**
     * Returns the actions proposed.
     *
     * @return the actions, ordered by earliest date then identifier
     */
    @Value.Parameter
    public abstract List<ProposedAction> actions();

    /**
     * Returns a snapshot of every case, in the order the cases were given.
     *
     * @return the snapshots
     */
    @Value.Parameter
    public abstract List<CaseSnapshot> snapshots();

    /**
     * Returns the warnings.
     *
     * @return the warnings, possibly empty
     */
    @Value.Parameter
    public abstract List<DunningWarning> warnings();

    /**
     * Returns the actions that cover a case.
     *
     * @param caseId the case id
     * @return the actions, possibly empty
     */
    public List<ProposedAction> actionsFor(String caseId) {
        Checks.present(caseId, "caseId");
        List<ProposedAction> found = new ArrayList<>();
        for (ProposedAction action : actions()) {
            for (ActionItem item : action.items()) {
                if (item.caseId().equals(caseId)) {
                    found.add(action);
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns the snapshot of a case.
     *
     * @param caseId the case id
     * @return the snapshot, or empty if no case has that id
     */
    public Optional<CaseSnapshot> snapshot(String caseId) {
        Checks.present(caseId, "caseId");
        return Optional.ofNullable(index().get(caseId));
    }

    /**
     * Returns the warnings about a case.
     *
     * @param caseId the case id
     * @return the warnings, possibly empty
     */
    public List<DunningWarning> warningsFor(String caseId) {
        Checks.present(caseId, "caseId");
        List<DunningWarning> found = new ArrayList<>();
        for (DunningWarning warning : warnings()) {
            if (warning.caseId().equals(caseId)) {
                found.add(warning);
            }
        }
        return List.copyOf(found);
    }

    @Value.Lazy
    Map<String, CaseSnapshot> index() {
        Map<String, CaseSnapshot> index = new HashMap<>(snapshots().size() * 2);
        for (CaseSnapshot snapshot : snapshots()) {
            index.putIfAbsent(snapshot.caseId(), snapshot);
        }
        return index;
    }
}
