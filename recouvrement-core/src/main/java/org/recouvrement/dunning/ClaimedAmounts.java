package org.recouvrement.dunning;

import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.law.Explanation;
import org.recouvrement.money.Amount;

/**
 * What a letter claims for one claim on a date: the principal still owed, the interest to date with its statement,
 * the recovery compensation and the penalty where the step claims costs, and, under a payment plan without
 * acceleration, the instalments due and unpaid.
 *
 * <p>Payments are imputed as the interest statement imputes them: interest first, then costs, then principal (C. civ.
 * art. 1343-1). When the interest cannot be computed (a period without a published rate and no permission to assume
 * the latest known one, a currency without statutory rates), the principal is the outstanding balance, the interest is
 * zero, {@link #isComplete()} is false and the explanation says why.
 */
@Value.Immutable
public abstract class ClaimedAmounts {

    ClaimedAmounts() {
    }

    /**
     * Returns the principal still owed.
     *
     * @return the outstanding principal
     */
    public abstract Amount principal();

    /**
     * Returns the interest statement, period by period, when it could be computed.
     *
     * @return the statement
     */
    public abstract Optional<InterestStatement> interestStatement();

    /**
     * Returns the interest still owed to date, capitalised interest included.
     *
     * @return the interest; zero without a statement
     */
    public abstract Amount interest();

    /**
     * Returns the recovery compensation claimed (the fixed 40 € owed by a professional debtor, and proven costs
     * above it), zero when the step claims no costs.
     *
     * @return the compensation claimed
     */
    public abstract Amount compensation();

    /**
     * Returns the contractual penalty claimed, capped for a consumer in Belgium (CDE book XIX); zero when the step
     * claims no costs or the contract has no penalty clause.
     *
     * @return the penalty claimed
     */
    public abstract Amount penalty();

    /**
     * Returns, under a payment plan without acceleration clause whose instalments were missed, the amount of the
     * instalments due and unpaid: the only part the letter may demand now.
     *
     * @return the arrears, if any
     */
    public abstract Optional<Amount> planArrears();

    /**
     * Returns why the amounts are what they are: the costs claimed or not, the caps, the assumptions.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /**
     * Returns the total claimed: principal, interest, compensation and penalty.
     *
     * @return the total
     */
    public Amount total() {
        return principal().plus(interest()).plus(compensation()).plus(penalty());
    }

    /**
     * Tells whether the interest could be computed.
     *
     * @return true with an interest statement
     */
    public boolean isComplete() {
        return interestStatement().isPresent();
    }
}
