package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;

/**
 * Compensation for recovery costs (<i>indemnité forfaitaire pour frais de recouvrement</i>), C. com. art. L441-10 II
 * and D441-5: a professional debtor who pays late owes the creditor a fixed 40 € per invoice, by law and without
 * reminder (since 1 January 2013), and further compensation when the creditor proves higher recovery costs. Never
 * owed by a consumer. Belgian law also grants 40 € between professionals (law of 2 August 2002).
 *
 * <p>{@link InterestCalculator} assesses it for a case; {@link #explanation()} says why it is or is not owed.
 * Immutable.
 */
public final class FixedRecoveryCompensation {

    /** The fixed amount per invoice (C. com. art. D441-5). */
    public static final Amount STATUTORY_AMOUNT = Amount.euros(40);

    /** The French rule setting the fixed amount. */
    public static final LegalReference REFERENCE = LegalCode.COMMERCIAL_CODE.article("D441-5");

    private final Amount fixedAmount;
    private final Amount additionalCompensation;
    private final LocalDate dueFrom;
    private final Explanation explanation;

    private FixedRecoveryCompensation(Amount fixedAmount, Amount additionalCompensation, LocalDate dueFrom,
            Explanation explanation) {
        this.fixedAmount = fixedAmount;
        this.additionalCompensation = additionalCompensation;
        this.dueFrom = dueFrom;
        this.explanation = explanation;
    }

    /**
     * Returns a compensation that is not owed.
     *
     * @param currency the claim's currency
     * @param explanation why it is not owed
     * @return the compensation, zero
     */
    public static FixedRecoveryCompensation none(Currency currency, Explanation explanation) {
        Amount zero = Amount.zero(Checks.present(currency, "currency"));
        return new FixedRecoveryCompensation(zero, zero, null, Checks.present(explanation, "explanation"));
    }

    /**
     * Returns a compensation owed from a date.
     *
     * @param fixedAmount the fixed part, usually {@link #STATUTORY_AMOUNT}
     * @param additionalCompensation the proven costs beyond the fixed part, or zero
     * @param dueFrom the first day it is owed: the first day of delay
     * @param explanation why it is owed
     * @return the compensation
     * @throws InvalidInterestRequestException if an amount is negative or the currencies differ
     */
    public static FixedRecoveryCompensation of(Amount fixedAmount, Amount additionalCompensation, LocalDate dueFrom,
            Explanation explanation) {
        Checks.present(fixedAmount, "fixedAmount");
        Checks.present(additionalCompensation, "additionalCompensation");
        Checks.present(dueFrom, "dueFrom");
        Checks.present(explanation, "explanation");
        if (fixedAmount.isNegative()) {
            throw new InvalidInterestRequestException("fixedAmount", fixedAmount, "must not be negative");
        }
        if (additionalCompensation.isNegative()) {
            throw new InvalidInterestRequestException("additionalCompensation", additionalCompensation,
                    "must not be negative");
        }
        if (!fixedAmount.currency().equals(additionalCompensation.currency())) {
            throw new InvalidInterestRequestException("additionalCompensation", additionalCompensation,
                    "is not in the currency of fixedAmount " + fixedAmount.currency().getCurrencyCode());
        }
        return new FixedRecoveryCompensation(fixedAmount, additionalCompensation, dueFrom, explanation);
    }

    /**
     * Returns the fixed part: 40 € when owed, else zero.
     *
     * @return the fixed amount
     */
    public Amount fixedAmount() {
        return fixedAmount;
    }

    /**
     * Returns the further compensation: the proven recovery costs beyond the fixed amount.
     *
     * @return the additional compensation, possibly zero
     */
    public Amount additionalCompensation() {
        return additionalCompensation;
    }

    /**
     * Returns the whole compensation owed.
     *
     * @return fixed plus additional
     */
    public Amount total() {
        return fixedAmount.plus(additionalCompensation);
    }

    /**
     * Returns the first day the compensation is owed.
     *
     * @return the date, or empty when it is not owed
     */
    public Optional<LocalDate> dueFrom() {
        return Optional.ofNullable(dueFrom);
    }

    /**
     * Tells whether any compensation is owed.
     *
     * @return true if the total is positive
     */
    public boolean isOwed() {
        return total().isPositive();
    }

    /**
     * Returns why the compensation is or is not owed, with the references.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FixedRecoveryCompensation other
                && fixedAmount.equals(other.fixedAmount)
                && additionalCompensation.equals(other.additionalCompensation)
                && Objects.equals(dueFrom, other.dueFrom)
                && explanation.equals(other.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fixedAmount, additionalCompensation, dueFrom);
    }

    @Override
    public String toString() {
        return "recovery compensation " + total() + (dueFrom == null ? " (not owed)" : " from " + dueFrom);
    }
}
