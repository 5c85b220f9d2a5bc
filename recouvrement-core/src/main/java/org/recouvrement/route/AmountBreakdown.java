package org.recouvrement.route;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.interest.FixedRecoveryCompensation;
import org.recouvrement.law.Explanation;
import org.recouvrement.money.Amount;

/**
 * The precise amount claimed with the breakdown of its elements (<i>indication précise du montant de la somme
 * réclamée avec le décompte des différents éléments de la créance</i>, CPC art. 1407), as of a date.
 *
 * <p>The lines read as a creditor's statement: the principal of the claim, less the credit notes, plus the interest
 * of the interest engine's statement (one line for its total, with its first and last day; the detail in
 * {@link #interest()}), plus the fixed recovery compensation where it is owed, plus the sum of a penalty clause where
 * it is incurred, less each payment received. Their signed sum is {@link #total()}, which is also what the interest
 * statement leaves owed after imputing the payments to interest, then costs, then principal (C. civ. art. 1343-1),
 * plus the penalty clause: building a breakdown whose lines do not add up fails with an
 * {@link InvalidCourtDocumentException}.
 */
@Value.Immutable
public abstract class AmountBreakdown {

    AmountBreakdown() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AmountBreakdown}. */
    static final class Builder extends ImmutableAmountBreakdown.Builder {
        Builder() {
        }
    }

    /**
     * Returns the date the amounts are computed for, inclusive.
     *
     * @return the date
     */
    public abstract LocalDate asOf();

    /**
     * Returns the elements of the amount, in the order to print them: principal, credit notes, interest, compensation,
     * penalty clause, payments.
     *
     * @return the lines, at least the principal
     */
    public abstract List<BreakdownLine> lines();

    /**
     * Returns the interest claimed, with its lines, rate basis and dates.
     *
     * @return the interest
     */
    public abstract InterestClaimed interest();

    /**
     * Returns the fixed recovery compensation as the interest engine assessed it, owed or not, with why.
     *
     * @return the compensation
     */
    public abstract FixedRecoveryCompensation compensation();

    /**
     * Returns the sum of the penalty clause claimed, where the claim has one and it is incurred.
     *
     * @return the penalty, if claimed
     */
    public abstract Optional<Amount> penaltyClause();

    /**
     * Returns the principal still owed once payments and credit notes are imputed.
     *
     * @return the outstanding principal
     */
    public abstract Amount principalOutstanding();

    /**
     * Returns the interest still owed once payments are imputed, capitalised interest included.
     *
     * @return the outstanding interest
     */
    public abstract Amount interestOutstanding();

    /**
     * Returns the recovery compensation still owed once payments are imputed.
     *
     * @return the outstanding compensation
     */
    public abstract Amount compensationOutstanding();

    /**
     * Returns the amount claimed: what remains owed on {@link #asOf()}, penalty clause included.
     *
     * @return the total, the signed sum of the lines
     */
    public abstract Amount total();

    /**
     * Returns how the amounts were computed: the interest regime and its start, the compensation, the penalty clause,
     * every assumption, each with its references.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /**
     * Returns the currency of every amount.
     *
     * @return the currency
     */
    public Currency currency() {
        return total().currency();
    }

    /**
     * Returns the lines of one kind.
     *
     * @param kind the kind
     * @return the lines, in order
     */
    public List<BreakdownLine> linesOf(BreakdownLineKind kind) {
        return lines().stream().filter(l -> l.kind() == kind).toList();
    }

    /**
     * Returns the signed sum of the lines.
     *
     * @return the sum, equal to {@link #total()}
     */
    public Amount sumOfLines() {
        Amount sum = Amount.zero(currency());
        for (BreakdownLine line : lines()) {
            sum = sum.plus(line.signedAmount());
        }
        return sum;
    }

    @Value.Check
    void check() {
        if (linesOf(BreakdownLineKind.PRINCIPAL).isEmpty()) {
            throw new InvalidCourtDocumentException("lines", lines().size() + " lines", "must include the principal");
        }
        Currency currency = currency();
        for (BreakdownLine line : lines()) {
            if (!line.amount().currency().equals(currency)) {
                throw new InvalidCourtDocumentException("line.amount", line.amount(),
                        "is not in the currency of the total " + currency.getCurrencyCode());
            }
        }
        Amount sum = sumOfLines();
        if (!sum.equals(total())) {
            throw new InvalidCourtDocumentException("total", total(), "is not the signed sum of the lines " + sum);
        }
        Amount outstanding = principalOutstanding().plus(interestOutstanding()).plus(compensationOutstanding())
                .plus(penaltyClause().orElse(Amount.zero(currency)));
        if (!outstanding.equals(total())) {
            throw new InvalidCourtDocumentException("total", total(), "is not the outstanding principal, interest, "
                    + "compensation and penalty " + outstanding);
        }
    }
}
