package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.Objects;
import org.recouvrement.law.Explanation;

/**
 * How a payment plan compares with the limits the law sets: a court can postpone or spread the payment of sums due
 * over two years at most (<i>délais de grâce</i>, C. civ. art. 1343-5). Parties may agree a longer plan; the
 * assessment says when a plan goes beyond what a court could impose.
 *
 * <p>Immutable and thread-safe.
 */
public final class PaymentPlanAssessment {

    private final LocalDate courtLimit;
    private final boolean withinCourtLimit;
    private final Explanation explanation;

    PaymentPlanAssessment(LocalDate courtLimit, boolean withinCourtLimit, Explanation explanation) {
        this.courtLimit = courtLimit;
        this.withinCourtLimit = withinCourtLimit;
        this.explanation = explanation;
    }

    /**
     * Returns the last day a court could set for the last instalment: two years after the date of reference.
     *
     * @return the court limit
     */
    public LocalDate courtLimit() {
        return courtLimit;
    }

    /**
     * Tells whether the last instalment falls within the two years a court could grant.
     *
     * @return true within the limit
     */
    public boolean isWithinCourtLimit() {
        return withinCourtLimit;
    }

    /**
     * Returns the reasons, with their references.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PaymentPlanAssessment other && courtLimit.equals(other.courtLimit)
                && withinCourtLimit == other.withinCourtLimit && explanation.equals(other.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(courtLimit, withinCourtLimit, explanation);
    }

    /**
     * Returns the explanation as text.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return explanation.toString();
    }
}
