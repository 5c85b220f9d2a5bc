package org.recouvrement.route;

import java.time.LocalDate;
import java.time.Period;
import org.recouvrement.deadline.Deadline;
import org.recouvrement.deadline.DeadlineCalculator;
import org.recouvrement.deadline.ProceduralTimeLimit;
import org.recouvrement.deadline.TimeLimitKind;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.party.Territory;

/** Turns a named time limit into a route deadline with the deadline calculator. */
final class Deadlines {

    /** Old CPC 1423 al. 2: request the enforcement formula within one month of the end of the opposition delay. */
    static final ProceduralTimeLimit ENFORCEMENT_FORMULA_REQUEST = ProceduralTimeLimit.builder()
            .name("Request for the enforcement formula of an order for payment made before 1 March 2022")
            .period(Period.ofMonths(1))
            .kind(TimeLimitKind.OTHER)
            .jurisdiction(Jurisdiction.FRANCE)
            .reference(RouteLaw.CPC_1423_OLD)
            .build();

    private final DeadlineCalculator calculator;

    Deadlines(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    RouteDeadline of(RouteKind route, String action, boolean creditorMustAct, ProceduralTimeLimit limit,
            LocalDate origin, Territory court, Territory party) {
        Deadline deadline = calculator.compute(limit, origin, court, party);
        return RouteDeadline.builder()
                .route(route)
                .action(action)
                .creditorMustAct(creditorMustAct)
                .lastDay(deadline.expiryDate())
                .reference(limit.reference())
                .explanation(deadline.explanation())
                .build();
    }
}
