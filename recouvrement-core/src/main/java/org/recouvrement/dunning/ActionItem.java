package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;

/**
 * One claim in a proposed action: the case, the step it reaches (each claim of a letter grouped per debtor keeps its
 * own level), whether costs are claimed for it, and the amounts the letter claims for it.
 *
 * <p>The amounts are computed on first use and then kept: deciding over a portfolio does not compute the interest of
 * claims whose letter the caller does not render.
 */
@Value.Immutable
public abstract class ActionItem {

    ActionItem() {
    }

    /**
     * Returns the identifier of the case (the claim's reference).
     *
     * @return the case id
     */
    @Value.Parameter
    public abstract String caseId();

    /**
     * Returns the step this claim reaches, for a step action.
     *
     * @return the step, or empty for another kind of action
     */
    @Value.Parameter
    public abstract Optional<DunningStep> step();

    /**
     * Tells whether the letter claims recovery costs for this claim.
     *
     * @return true if costs are claimed
     */
    @Value.Parameter
    public abstract boolean claimsCosts();

    /**
     * Returns the case.
     *
     * @return the case, as given to the decision
     */
    @Value.Parameter
    @Value.Auxiliary
    public abstract RecoveryCase recoveryCase();

    /**
     * Returns the date of the decision, at which the amounts are computed.
     *
     * @return the date
     */
    @Value.Parameter
    @Value.Auxiliary
    public abstract LocalDate asOf();

    @Value.Parameter
    @Value.Auxiliary
    abstract AmountsCalculator calculator();

    @Value.Parameter
    @Value.Auxiliary
    abstract boolean consumerRules();

    @Value.Parameter
    @Value.Auxiliary
    abstract boolean penaltyAllowed();

    @Value.Parameter
    @Value.Auxiliary
    abstract Optional<Amount> arrears();

    @Value.Parameter
    @Value.Auxiliary
    abstract List<Reason> costReasons();

    /**
     * Returns what the letter claims for this claim on the date of the decision: principal, interest statement,
     * compensation and penalty where costs are claimed. Computed on first call.
     *
     * @return the amounts
     */
    @Value.Lazy
    public ClaimedAmounts amounts() {
        return calculator().amounts(recoveryCase(), asOf(), claimsCosts(), penaltyAllowed(), consumerRules(), arrears(),
                costReasons());
    }
}
