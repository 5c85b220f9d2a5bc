package org.recouvrement.route;

import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;

/**
 * Whether a route is open on the date asked, and why.
 *
 * <p>{@link Eligible}: the route can be taken now. {@link NeedsReview}: it may be open, but depends on facts the
 * library cannot weigh (whether a dispute is serious, whether the evidence is enough) and a person must decide.
 * {@link Ineligible}: the law closes it on that date; the explanation says which rule, and the route's
 * {@link RouteOption#missingPriorSteps()} say what would open it, where something would.
 */
public sealed interface Eligibility {

    /**
     * Returns the reasons, each with its legal references.
     *
     * @return the explanation
     */
    Explanation explanation();

    /**
     * The route can be taken now.
     *
     * @param explanation why it is open
     */
    record Eligible(Explanation explanation) implements Eligibility {
        /**
         * Checks the outcome.
         *
         * @param explanation why it is open
         */
        public Eligible {
            Checks.present(explanation, "explanation");
        }
    }

    /**
     * The route may be open; a person must decide.
     *
     * @param explanation what must be reviewed, at least one reason with a legal reference
     */
    record NeedsReview(Explanation explanation) implements Eligibility {
        /**
         * Checks the outcome.
         *
         * @param explanation what must be reviewed
         */
        public NeedsReview {
            Checks.present(explanation, "explanation");
        }
    }

    /**
     * The law closes the route on that date.
     *
     * @param explanation why, at least one reason with a legal reference
     */
    record Ineligible(Explanation explanation) implements Eligibility {
        /**
         * Checks the outcome.
         *
         * @param explanation why the route is closed
         */
        public Ineligible {
            Checks.present(explanation, "explanation");
        }
    }
}
