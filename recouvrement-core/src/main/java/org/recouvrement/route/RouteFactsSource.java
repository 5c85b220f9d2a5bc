package org.recouvrement.route;

import java.time.LocalDate;
import org.recouvrement.RecouvrementException;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.interest.UnknownRatePolicy;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.limitation.LimitationAssessment;
import org.recouvrement.limitation.LimitationAssessor;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Reads the facts of a case on a date with the limitation and interest engines.
 *
 * <p>Thresholds that the law states "in principal and interest" use the interest accrued to the date asked. For a
 * period whose statutory rate is not published yet, the latest known rate stands in, and the amount's explanation
 * says so: a threshold must be answered on the day it is asked, and a rate change of a fraction of a point moves the
 * interest of a small claim by cents.
 */
final class RouteFactsSource {

    private static final InterestOptions THRESHOLD_INTEREST = InterestOptions.builder()
            .unknownRatePolicy(UnknownRatePolicy.USE_LATEST_KNOWN_RATE).build();

    private final InterestCalculator interest;

    private RouteFactsSource(InterestCalculator interest) {
        this.interest = interest;
    }

    static RouteFactsSource standard() {
        return new RouteFactsSource(InterestCalculator.standard());
    }

    RouteFacts of(RecoveryCase file, LocalDate asOf) {
        LimitationAssessment limitation = LimitationAssessor.assess(file, asOf);
        RouteFacts.TimeBar timeBar = new RouteFacts.TimeBar(limitation.isTimeBarred(), limitation.expiry(),
                limitation.explanation());
        return new RouteFacts(file, asOf, timeBar, claimed(file, asOf));
    }

    private RouteFacts.ClaimedAmount claimed(RecoveryCase file, LocalDate asOf) {
        Amount principal = file.outstandingBalance(asOf);
        try {
            InterestStatement statement = interest.statement(file, asOf, THRESHOLD_INTEREST);
            Amount withInterest = statement.outstandingPrincipal().plus(statement.outstandingInterest())
                    .plus(statement.outstandingCapitalisedInterest());
            Explanation why = Explanation.of(Reason.of("Principal outstanding " + statement.outstandingPrincipal()
                    + " and interest outstanding " + statement.outstandingInterest() + " on " + asOf
                    + (statement.assumesUnpublishedRates() ? ", with the latest published rate standing in for a "
                            + "period not yet published" : "")));
            return new RouteFacts.ClaimedAmount(principal, withInterest, why.plus(statement.explanation()));
        } catch (RecouvrementException e) {
            return new RouteFacts.ClaimedAmount(principal, principal, Explanation.of(Reason.of(
                    "Interest could not be computed (" + e.getMessage() + "); thresholds use the principal alone")));
        }
    }
}
