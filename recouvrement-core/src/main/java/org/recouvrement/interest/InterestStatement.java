package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Explanation;
import org.recouvrement.money.Amount;

/**
 * An interest statement (<i>décompte des intérêts</i>): the interest owed on a claim on a date, period by period,
 * with the payments imputed, the compensation for recovery costs and the balance.
 *
 * <p>There is one {@link InterestLine line} per period of constant rate, base and regime: a new line starts at each
 * change of published rate (semester, year, ECB reference date), on the day after a payment or a credit note, on the
 * first day of a judgment increase, on a capitalisation date, and on 1 January under
 * {@link DayCount#ACTUAL_366_IN_LEAP_YEARS}. Each line is rounded to the cent half-up and the total interest is the
 * sum of the lines, so the statement adds up on paper. The lines tile the period from {@link #interestFrom()} to the
 * last day of interest without gap or overlap.
 *
 * <p>Payments are imputed first to interest, then to costs, then to capitalised interest, then to principal
 * (C. civ. art. 1343-1). The {@link #balance()} is what remains owed on {@link #asOf()}. {@link #explanation()} gives
 * the regime, the start and end of interest, the rate category, the day count, and every assumption, each with its
 * legal reference. Immutable.
 */
@Value.Immutable
public abstract class InterestStatement {

    InterestStatement() {
    }

    /**
     * Returns the regime applied.
     *
     * @return the regime
     */
    public abstract InterestRegime regime();

    /**
     * Returns the day-count convention used.
     *
     * @return the convention
     */
    public abstract DayCount dayCount();

    /**
     * Returns the first day of interest.
     *
     * @return the first day, or empty when interest has not started (no formal notice yet, not yet due)
     */
    public abstract Optional<LocalDate> interestFrom();

    /**
     * Returns the date of the statement.
     *
     * @return the date, inclusive
     */
    public abstract LocalDate asOf();

    /**
     * Returns the lines, in date order.
     *
     * @return the lines, possibly none
     */
    public abstract List<InterestLine> lines();

    /**
     * Returns the payments and how each was imputed, in date order.
     *
     * @return the imputed payments
     */
    public abstract List<ImputedPayment> payments();

    /**
     * Returns the capitalisations of interest, in date order.
     *
     * @return the capitalisations, usually none
     */
    public abstract List<CapitalisedInterest> capitalisations();

    /**
     * Returns the principal of the claim, before payments and credit notes.
     *
     * @return the principal
     */
    public abstract Amount principal();

    /**
     * Returns the credit notes applied to the principal.
     *
     * @return the total of credit notes
     */
    public abstract Amount creditNotes();

    /**
     * Returns the interest of all lines: the sum of the rounded lines.
     *
     * @return the total interest
     */
    public abstract Amount totalInterest();

    /**
     * Returns the interest added to the base by capitalisation.
     *
     * @return the capitalised interest
     */
    public abstract Amount capitalisedInterest();

    /**
     * Returns the payments imputed to interest, capitalised or not.
     *
     * @return the interest paid
     */
    public abstract Amount interestPaid();

    /**
     * Returns the interest still owed that was not capitalised.
     *
     * @return the outstanding interest
     */
    public abstract Amount outstandingInterest();

    /**
     * Returns the capitalised interest still owed.
     *
     * @return the outstanding capitalised interest
     */
    public abstract Amount outstandingCapitalisedInterest();

    /**
     * Returns the compensation for recovery costs, with why it is or is not owed.
     *
     * @return the compensation
     */
    public abstract FixedRecoveryCompensation compensation();

    /**
     * Returns the payments imputed to the compensation.
     *
     * @return the costs paid
     */
    public abstract Amount costsPaid();

    /**
     * Returns the compensation still owed.
     *
     * @return the outstanding costs
     */
    public abstract Amount outstandingCosts();

    /**
     * Returns the payments imputed to the principal.
     *
     * @return the principal paid
     */
    public abstract Amount principalPaid();

    /**
     * Returns the principal still owed.
     *
     * @return the outstanding principal
     */
    public abstract Amount outstandingPrincipal();

    /**
     * Returns what the payments paid beyond everything owed.
     *
     * @return the overpayment, usually zero
     */
    public abstract Amount unappliedPayments();

    /**
     * Returns why the statement is what it is: regime, start, stop, category, day count, rounding, assumptions.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /**
     * Returns what remains owed on the date of the statement: principal, capitalised interest, interest and costs.
     *
     * @return the balance
     */
    public Amount balance() {
        return outstandingPrincipal().plus(outstandingCapitalisedInterest()).plus(outstandingInterest())
                .plus(outstandingCosts());
    }

    /**
     * Tells whether any line used a rate assumed at the caller's request because none was published.
     *
     * @return true if some line carries {@link LineNote#LATEST_KNOWN_RATE_ASSUMED}
     */
    public boolean assumesUnpublishedRates() {
        for (InterestLine line : lines()) {
            if (line.hasNote(LineNote.LATEST_KNOWN_RATE_ASSUMED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the statement as plain text, one line per period then the totals, for logs and tests. Letters format
     * statements for their reader; this form does not depend on the default locale.
     *
     * @return the text
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Interest statement as of ").append(asOf()).append(", ").append(regime())
                .append(", day count ").append(dayCount().description()).append('\n');
        for (InterestLine line : lines()) {
            out.append("  ").append(line).append('\n');
        }
        for (CapitalisedInterest capitalisation : capitalisations()) {
            out.append("  capitalised: ").append(capitalisation).append('\n');
        }
        for (ImputedPayment payment : payments()) {
            out.append("  payment ").append(payment).append('\n');
        }
        out.append("  total interest ").append(totalInterest()).append('\n');
        out.append("  compensation ").append(compensation().total()).append('\n');
        out.append("  balance ").append(balance()).append('\n');
        out.append(explanation());
        return out.toString();
    }
}
