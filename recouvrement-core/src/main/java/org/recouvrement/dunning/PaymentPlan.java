package org.recouvrement.dunning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.Instalment;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.CaseEvent;

/**
 * A payment plan (<i>échéancier</i>): an amount repaid in instalments at a regular interval, with interest if agreed.
 *
 * <pre>{@code
 * PaymentPlan plan = PaymentPlan.builder()
 *     .amount(Amount.euros("1000.00"))
 *     .instalmentCount(3)
 *     .firstDueDate(LocalDate.of(2026, 4, 5))
 *     .build();
 * plan.instalments();  // 333.33, 333.33, 333.34 on 5 April, 5 May, 5 June
 * CaseEvent agreed = plan.agreedOn(LocalDate.of(2026, 3, 20)); // record it on the case
 * }</pre>
 *
 * <p>The principal is split evenly to the cent, the rounding remainder on the last instalment
 * ({@link Amount#splitEvenly(int)}). With an agreed annual rate, each instalment also pays the simple interest on the
 * principal outstanding since the previous instalment (the first, since {@link #interestFrom()}), actual days over
 * 365, rounded half-up to the cent. Dates follow the first due date by whole intervals, a month's end clamped (31
 * January, 28 February, 31 March).
 *
 * <p>Agreeing a plan acknowledges the debt, which interrupts limitation (C. civ. art. 2240); record
 * {@link #agreedOn(LocalDate)} on the case. While the plan is honoured the planner proposes no step; on a missed
 * instalment it proposes acceleration when the policy's plans carry an acceleration clause, and otherwise resumes
 * dunning for the instalments missed. {@link #assess(LocalDate)} compares the plan with the two years a court could
 * grant (C. civ. art. 1343-5).
 */
@Value.Immutable
public abstract class PaymentPlan {

    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);

    PaymentPlan() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PaymentPlan}. Required: amount, instalment count, first due date; an interest start date with a
     * rate.
     */
    public static final class Builder extends ImmutablePaymentPlan.Builder {
        Builder() {
        }
    }

    /**
     * Returns the principal to repay.
     *
     * @return the amount, positive
     */
    public abstract Amount amount();

    /**
     * Returns the number of instalments.
     *
     * @return the count, from 1 to 360
     */
    public abstract int instalmentCount();

    /**
     * Returns the due date of the first instalment.
     *
     * @return the first due date
     */
    public abstract LocalDate firstDueDate();

    /**
     * Returns the interval between two instalments.
     *
     * @return the interval; one month by default
     */
    @Value.Default
    public Period interval() {
        return Period.ofMonths(1);
    }

    /**
     * Returns the agreed annual interest rate, if any.
     *
     * @return the rate
     */
    public abstract Optional<Rate> annualRate();

    /**
     * Returns the first day of interest, required with a rate: usually the date of the agreement.
     *
     * @return the date interest runs from
     */
    public abstract Optional<LocalDate> interestFrom();

    /**
     * Tells whether the plan carries an acceleration clause (<i>clause de déchéance du terme</i>): on a missed
     * instalment, the balance falls due at once. The planner reads it from the policy
     * ({@link DunningPolicy#accelerationClause()}); keep the two consistent.
     *
     * @return true with the clause; false by default
     */
    @Value.Default
    public boolean accelerationClause() {
        return false;
    }

    /**
     * Returns the instalments, in due-date order.
     *
     * @return the instalments
     */
    @Value.Lazy
    public List<PlannedInstalment> instalments() {
        List<Amount> parts = amount().splitEvenly(instalmentCount());
        List<PlannedInstalment> result = new ArrayList<>(parts.size());
        Amount outstanding = amount();
        LocalDate previous = interestFrom().orElse(firstDueDate());
        for (int i = 0; i < parts.size(); i++) {
            LocalDate due = dueDate(i);
            Amount interest = Amount.zero(amount().currency());
            if (annualRate().isPresent()) {
                long days = due.toEpochDay() - previous.toEpochDay();
                BigDecimal factor = annualRate().get().fraction().multiply(BigDecimal.valueOf(days))
                        .divide(DAYS_IN_YEAR, MathContext.DECIMAL128);
                interest = outstanding.multipliedBy(factor, Amount.ROUNDING);
            }
            result.add(new PlannedInstalment(due, parts.get(i), interest));
            outstanding = outstanding.minus(parts.get(i));
            previous = due;
        }
        return List.copyOf(result);
    }

    /**
     * Returns the due date of the last instalment.
     *
     * @return the last due date
     */
    public LocalDate lastDueDate() {
        return dueDate(instalmentCount() - 1);
    }

    /**
     * Returns the total interest of the plan.
     *
     * @return the sum of the instalments' interest
     */
    public Amount totalInterest() {
        Amount total = Amount.zero(amount().currency());
        for (PlannedInstalment instalment : instalments()) {
            total = total.plus(instalment.interest());
        }
        return total;
    }

    /**
     * Returns the total to pay: principal and interest.
     *
     * @return the sum of the instalments
     */
    public Amount total() {
        return amount().plus(totalInterest());
    }

    /**
     * Returns the event recording the agreement of the plan on a date, to add to the case. Agreeing the plan
     * acknowledges the debt (C. civ. art. 2240).
     *
     * @param date the date of the agreement, not after the first due date
     * @return the event
     * @throws InvalidPolicyException if the agreement is dated after the first due date
     */
    public CaseEvent.PaymentPlanAgreed agreedOn(LocalDate date) {
        Checks.present(date, "date");
        if (date.isAfter(firstDueDate())) {
            throw new InvalidPolicyException("date", date, "is after the first due date " + firstDueDate());
        }
        List<Instalment> instalments = new ArrayList<>(instalmentCount());
        for (PlannedInstalment instalment : instalments()) {
            instalments.add(instalment.toInstalment());
        }
        return new CaseEvent.PaymentPlanAgreed(date, instalments);
    }

    /**
     * Compares the plan with the limit the law sets for a court: payment may be postponed or spread over two years at
     * most from the date of reference (C. civ. art. 1343-5). A longer plan is lawful by agreement, not by a court's
     * decision.
     *
     * @param reference the date the two years run from: the agreement or the court decision
     * @return the assessment
     */
    public PaymentPlanAssessment assess(LocalDate reference) {
        Checks.present(reference, "reference");
        LocalDate limit = reference.plusYears(2);
        boolean within = !lastDueDate().isAfter(limit);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(within
                ? Reason.of("The last instalment, on " + lastDueDate() + ", falls within the two years a court could "
                        + "grant from " + reference + " (until " + limit + ")", Refs.GRACE_PERIOD)
                : Reason.of("The last instalment, on " + lastDueDate() + ", falls after the two years a court could "
                        + "grant from " + reference + " (until " + limit + "): such a plan binds only by agreement",
                        Refs.GRACE_PERIOD));
        reasons.add(Reason.of("Agreeing the plan acknowledges the debt and interrupts limitation; a new period of the "
                + "same length runs from the agreement", Refs.ACKNOWLEDGEMENT));
        return new PaymentPlanAssessment(limit, within, Explanation.of(reasons));
    }

    private LocalDate dueDate(int index) {
        Period interval = interval();
        return firstDueDate().plusYears((long) interval.getYears() * index)
                .plusMonths((long) interval.getMonths() * index)
                .plusDays((long) interval.getDays() * index);
    }

    @Value.Check
    void check() {
        if (!amount().isPositive()) {
            throw new InvalidPolicyException("amount", amount(), "must be positive");
        }
        if (instalmentCount() < 1 || instalmentCount() > 360) {
            throw new InvalidPolicyException("instalmentCount", instalmentCount(), "must be between 1 and 360");
        }
        Period interval = interval();
        if (interval.isNegative() || interval.isZero() || interval.getYears() < 0 || interval.getMonths() < 0
                || interval.getDays() < 0) {
            throw new InvalidPolicyException("interval", interval, "must be positive");
        }
        if (annualRate().isPresent() && annualRate().get().isNegative()) {
            throw new InvalidPolicyException("annualRate", annualRate().get(), "must not be negative");
        }
        if (annualRate().isPresent() && interestFrom().isEmpty()) {
            throw new InvalidPolicyException("interestFrom", "(missing)", "is required with an annual rate");
        }
        if (interestFrom().isPresent() && interestFrom().get().isAfter(firstDueDate())) {
            throw new InvalidPolicyException("interestFrom", interestFrom().get(), "is after the first due date "
                    + firstDueDate());
        }
    }
}
