package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.Collection;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The main call of the library: what should be done today for each case of a portfolio under a creditor's dunning
 * policies, and why.
 *
 * <pre>{@code
 * DunningDecision decision = Dunning.decide(cases, PolicySet.standard(), LocalDate.of(2026, 3, 25));
 * }</pre>
 *
 * <p>This is {@link DunningPlanner#standard()}{@code .decide(..)}; see {@link DunningPlanner} for the guarantees and
 * for other options (interest options, parallelism).
 */
public final class Dunning {

    private Dunning() {
    }

    /**
     * Decides what to do for every case of a portfolio on a date, with the standard planner.
     *
     * @param cases the cases
     * @param policies the creditor's policies
     * @param asOf the date of the decision
     * @return the decision
     */
    public static DunningDecision decide(Collection<? extends RecoveryCase> cases, PolicySet policies, LocalDate asOf) {
        return DunningPlanner.standard().decide(cases, policies, asOf);
    }
}
