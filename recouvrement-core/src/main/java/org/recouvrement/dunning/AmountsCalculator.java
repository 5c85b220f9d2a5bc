package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recouvrement.RecouvrementException;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Computes the amounts a letter claims, with the interest calculator and the caller's interest options. Immutable and
 * thread-safe.
 */
final class AmountsCalculator {

    private static final Reason ASSUMED_RATES = Reason.of("Some periods have no published statutory rate: the latest "
            + "known rate was used for them, at the caller's request; the statement marks those lines");
    private static final Reason COSTS_NOT_CLAIMED = Reason.of("A recovery compensation is owed but this step claims no "
            + "costs");
    private static final Reason PENALTY = Reason.of("The contract's penalty clause is claimed", Refs.PENALTY_CLAUSE);
    private static final Reason PENALTY_AFTER_NOTICE = Reason.of("The contract's penalty clause is not claimed yet: "
            + "the penalty is incurred only once the debtor is put on notice, by the formal notice", Refs.PENALTY_CLAUSE);
    private static final Reason NO_CAP_OUTSIDE_EUROS = Reason.of("The penalty clause is not claimed: the caps of book "
            + "XIX are in euros and the claim is not", Refs.CONSUMER_DEBT_BOOK);

    private final InterestCalculator calculator;
    private final InterestOptions options;

    AmountsCalculator(InterestCalculator calculator, InterestOptions options) {
        this.calculator = calculator;
        this.options = options;
    }

    InterestOptions options() {
        return options;
    }

    InterestCalculator calculator() {
        return calculator;
    }

    /**
     * Returns the amounts claimed on a date.
     *
     * @param costs whether costs (compensation, penalty) are claimed
     * @param penaltyAllowed whether the contract's penalty may be claimed yet
     * @param consumerRules whether the caps of CDE book XIX apply to the penalty
     * @param arrears the instalments due and unpaid under a plan without acceleration, if any
     * @param reasons reasons to put first (why costs are or are not claimed)
     */
    ClaimedAmounts amounts(RecoveryCase file, LocalDate asOf, boolean costs, boolean penaltyAllowed,
            boolean consumerRules,
            Optional<Amount> arrears, List<Reason> reasons) {
        List<Reason> explanation = new ArrayList<>(reasons);
        InterestStatement statement = null;
        try {
            statement = calculator.statement(file, asOf, options);
        } catch (RecouvrementException e) {
            explanation.add(Reason.of("Interest not computed: " + e.getMessage()));
        }
        Amount zero = Amount.zero(file.claim().currency());
        Amount principal;
        Amount interest = zero;
        Amount compensation = zero;
        if (statement != null) {
            principal = statement.outstandingPrincipal();
            interest = statement.outstandingInterest().plus(statement.outstandingCapitalisedInterest());
            if (statement.assumesUnpublishedRates()) {
                explanation.add(ASSUMED_RATES);
            }
            if (costs) {
                compensation = statement.outstandingCosts();
                if (compensation.isPositive()) {
                    explanation.addAll(statement.compensation().explanation().reasons());
                }
            } else if (statement.outstandingCosts().isPositive()) {
                explanation.add(COSTS_NOT_CLAIMED);
            }
        } else {
            principal = file.outstandingBalance(asOf).max(zero);
        }
        Amount penalty = zero;
        Optional<Amount> clause = file.claim().penaltyClause();
        if (costs && clause.isPresent() && !penaltyAllowed) {
            explanation.add(PENALTY_AFTER_NOTICE);
        } else if (costs && clause.isPresent()) {
            if (consumerRules) {
                if (clause.get().currency().equals(Amount.EUR)) {
                    Amount cap = ConsumerDebtRules.penaltyCap(principal);
                    penalty = clause.get().min(cap);
                    explanation.add(Reason.of("The penalty clause is capped for a consumer at " + cap + " for an "
                            + "outstanding " + principal + "; " + penalty + " is claimed", Refs.CONSUMER_DEBT_BOOK));
                } else {
                    explanation.add(NO_CAP_OUTSIDE_EUROS);
                }
            } else {
                penalty = clause.get();
                explanation.add(PENALTY);
            }
        }
        return ImmutableClaimedAmounts.builder()
                .principal(principal)
                .interestStatement(Optional.ofNullable(statement))
                .interest(interest)
                .compensation(compensation)
                .penalty(penalty)
                .planArrears(arrears)
                .explanation(Explanation.of(explanation))
                .build();
    }
}
