package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.Optional;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.recovery.RecoveryCase;

/**
 * What the planner asks the other engines of the library about a case: whether it is time-barred, the deadline of a
 * proof of claim, the recovery route to start. Implementations are immutable and thread-safe.
 */
interface LegalFacts {

    /**
     * Returns the first day a claim could possibly be time-barred, whatever happens to it: the planner does not assess
     * limitation before that day less its warning period.
     */
    LocalDate earliestPossibleExpiry(RecoveryCase file);

    /** Assesses limitation on a date. */
    TimeBar timeBar(RecoveryCase file, LocalDate asOf);

    /** Returns the deadline to file a proof of claim in open insolvency proceedings, with its explanation. */
    ProofDeadline proofOfClaimDeadline(RecoveryCase file, LocalDate asOf);

    /** Returns the recovery route the route advisor recommends on a date, as a reason to show. */
    Optional<Reason> recommendedRoute(RecoveryCase file, LocalDate asOf);

    /**
     * A limitation assessment as the planner needs it.
     *
     * @param barred whether the claim is time-barred on the date
     * @param expiry the last day of the period, if known
     * @param explanation why
     */
    record TimeBar(boolean barred, Optional<LocalDate> expiry, Explanation explanation) {
        static final TimeBar UNKNOWN = new TimeBar(false, Optional.empty(), Explanation.empty());
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
