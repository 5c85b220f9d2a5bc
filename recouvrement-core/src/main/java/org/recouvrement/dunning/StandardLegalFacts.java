package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.Optional;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The legal facts of the standard engines.
 */
final class StandardLegalFacts implements LegalFacts {

    static final StandardLegalFacts INSTANCE = new StandardLegalFacts();

    private StandardLegalFacts() {
    }

    @Override
    public LocalDate earliestPossibleExpiry(RecoveryCase file) {
        return LocalDate.MAX;
    }

    @Override
    public TimeBar timeBar(RecoveryCase file, LocalDate asOf) {
        return TimeBar.UNKNOWN;
    }

    @Override
    public ProofDeadline proofOfClaimDeadline(RecoveryCase file, LocalDate asOf) {
        return new ProofDeadline(Optional.empty(), Explanation.of(Reason.of("The deadline to file is not computed")));
    }

    @Override
    public Optional<Reason> recommendedRoute(RecoveryCase file, LocalDate asOf) {
        return Optional.empty();
    }
}
