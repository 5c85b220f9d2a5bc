package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.Optional;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.limitation.LimitationAssessment;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.route.RouteAssessment;

/**
 * What the planner asks the other engines of the library about a case: limitation, the deadline of a proof of claim,
 * the recovery route to start. Implementations are immutable and thread-safe.
 */
interface LegalFacts {

    /**
     * Returns a day before which a claim cannot be time-barred, whatever happens to it: the planner does not assess
     * limitation before that day less its warning period.
     */
    LocalDate earliestPossibleExpiry(RecoveryCase file);

    /** Assesses limitation on a date; a timeline the limitation engine cannot read gives an unassessed answer. */
    TimeBar timeBar(RecoveryCase file, LocalDate asOf);

    /** Returns the limitation assessment, for a snapshot. */
    LimitationAssessment limitation(RecoveryCase file, LocalDate asOf);

    /** Returns the route assessment, for a snapshot and for the proposals that need a route. */
    RouteAssessment routes(RecoveryCase file, LocalDate asOf);

    /** Returns the deadline to file a proof of claim in open insolvency proceedings, with its explanation. */
    ProofDeadline proofOfClaimDeadline(RecoveryCase file, LocalDate asOf);

    /** Returns the recovery route the route advisor recommends on a date and why. */
    Explanation routeRecommendation(RecoveryCase file, LocalDate asOf);

    /**
     * A limitation answer as the planner needs it. The assessment's explanation is built only when asked for: most
     * answers need only the status and the date.
     *
     * @param barred whether the claim is time-barred on the date
     * @param expiry the last day of the period, if known
     * @param assessment the assessment, if one could be made
     * @param failure why no assessment could be made, if so
     */
    record TimeBar(boolean barred, Optional<LocalDate> expiry, Optional<LimitationAssessment> assessment,
            Optional<Reason> failure) {

        /** Returns the explanation of the assessment, or of its failure. */
        Explanation explanation() {
            if (assessment.isPresent()) {
                return assessment.get().explanation();
            }
            return failure.map(Explanation::of).orElse(Explanation.empty());
        }
    }

    /**
     * The deadline of a proof of claim.
     *
     * @param deadline the last day to file, if it can be computed
     * @param explanation why, or what is missing to compute it
     */
    record ProofDeadline(Optional<LocalDate> deadline, Explanation explanation) {
    }
}
