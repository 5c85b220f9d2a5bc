package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recouvrement.RecouvrementException;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.limitation.LimitationAssessment;
import org.recouvrement.limitation.LimitationAssessor;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.route.RouteAdvisor;
import org.recouvrement.route.RouteAssessment;
import org.recouvrement.route.RouteDeadline;
import org.recouvrement.route.RouteKind;
import org.recouvrement.route.RouteOption;

/**
 * The legal facts of the library's own engines: {@link LimitationAssessor} and {@link RouteAdvisor}.
 *
 * <p>The shortest limitation period the limitation engine knows is one year (Belgian merchants' claims against
 * non-merchants, law of 1913), and no period starts before the claim arose: a claim younger than a year less the
 * warning period is not assessed.
 */
final class StandardLegalFacts implements LegalFacts {

    static final StandardLegalFacts INSTANCE = new StandardLegalFacts();

    private static final String PROOF_OF_CLAIM_ACTION = "file the proof of claim";

    private final RouteAdvisor advisor = RouteAdvisor.standard();

    private StandardLegalFacts() {
    }

    @Override
    public LocalDate earliestPossibleExpiry(RecoveryCase file) {
        return file.claimArose().plusYears(1).minusDays(2);
    }

    @Override
    public TimeBar timeBar(RecoveryCase file, LocalDate asOf) {
        LimitationAssessment assessment;
        try {
            assessment = LimitationAssessor.assess(file, asOf);
        } catch (RecouvrementException e) {
            return new TimeBar(false, Optional.empty(), Optional.empty(),
                    Optional.of(Reason.of("Limitation could not be assessed: " + e.getMessage())));
        }
        return new TimeBar(assessment.isTimeBarred(), assessment.expiry(), Optional.of(assessment), Optional.empty());
    }

    @Override
    public LimitationAssessment limitation(RecoveryCase file, LocalDate asOf) {
        return LimitationAssessor.assess(file, asOf);
    }

    @Override
    public RouteAssessment routes(RecoveryCase file, LocalDate asOf) {
        return advisor.assess(file, asOf);
    }

    @Override
    public ProofDeadline proofOfClaimDeadline(RecoveryCase file, LocalDate asOf) {
        RouteAssessment routes;
        try {
            routes = advisor.assess(file, asOf);
        } catch (RecouvrementException e) {
            return new ProofDeadline(Optional.empty(), Explanation.of(Reason.of("The route advisor could not assess "
                    + "the proof of claim: " + e.getMessage())));
        }
        Optional<RouteOption> option = routes.option(RouteKind.PROOF_OF_CLAIM);
        if (option.isEmpty()) {
            return new ProofDeadline(Optional.empty(), routes.recommendation());
        }
        LocalDate deadline = null;
        for (RouteDeadline candidate : option.get().deadlines()) {
            if (candidate.action().equals(PROOF_OF_CLAIM_ACTION)) {
                deadline = candidate.lastDay();
            }
        }
        return new ProofDeadline(Optional.ofNullable(deadline), option.get().eligibility().explanation());
    }

    @Override
    public Explanation routeRecommendation(RecoveryCase file, LocalDate asOf) {
        RouteAssessment routes;
        try {
            routes = advisor.assess(file, asOf);
        } catch (RecouvrementException e) {
            return Explanation.of(Reason.of("The route advisor could not assess the case: " + e.getMessage()));
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(routes.recommended()
                .map(kind -> "The route advisor recommends " + kind + " on " + asOf)
                .orElse("The route advisor finds no route to recommend on " + asOf)));
        reasons.addAll(routes.recommendation().reasons());
        return Explanation.of(reasons);
    }
}
