package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.deadline.TimeLimits;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.DecisionKind;

/**
 * Order for payment (<i>injonction de payer</i>, CPC art. 1405 to 1425): for a claim of contractual or statutory
 * cause and of a determined amount, a request to the judge of the place where the debtor lives (a rule of public
 * policy), without a lawyer; since 1 March 2022 the order is issued already bearing the enforcement formula; it must
 * be served within six months and the debtor may oppose it within one month of service.
 */
final class OrderForPaymentRoute implements RouteRule {

    private final Deadlines deadlines;
    private final BelgianConsumerRules belgianConsumers;

    OrderForPaymentRoute(Deadlines deadlines, BelgianConsumerRules belgianConsumers) {
        this.deadlines = deadlines;
        this.belgianConsumers = belgianConsumers;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.ORDER_FOR_PAYMENT;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CPC_1405, RouteLaw.CPC_1406, RouteLaw.CPC_1407, RouteLaw.CPC_1411,
                RouteLaw.CPC_1416);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Stops.debtorInFrance(f, o);
        Stops.belgianConsumerFirst(f, o, belgianConsumers);
        if (f.claim().origin() == ClaimOrigin.JUDGMENT) {
            o.closed("The claim already rests on a judgment: it is enforced, not claimed again", RouteLaw.CPC_1405);
        }
        if (f.claim().origin() == ClaimOrigin.OTHER) {
            o.review("An order for payment needs a claim with a contractual cause or resulting from a statutory "
                    + "obligation, of a determined amount; check the claim's cause", RouteLaw.CPC_1405);
        } else {
            o.because("The claim has a contractual cause and a determined amount (" + f.outstanding() + ")",
                    RouteLaw.CPC_1405);
        }
        Stops.disputeNeedsReview(f, o, "the order is made without hearing the debtor, who may oppose it within one "
                + "month of service; an opposition turns it into a full trial", RouteLaw.CPC_1416);
        Optional<Forum> court = Forums.frenchCourt(f);
        if (court.isEmpty()) {
            o.review("The courts competent before 1 January 2020 (tribunal d'instance, tribunal de grande instance) "
                    + "are not modelled", RouteLaw.LOI_2019_222);
        } else {
            o.forum(Forums.french(f, court.get(), Optional.of(court.get() == Forum.JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION
                    ? "juge" : "président"), "the judge of the place where the debtor (or one of the debtors) "
                    + "lives; this rule is of public policy and a contrary clause is deemed unwritten",
                    RouteLaw.CPC_1406));
        }
        o.lawyer(false, "The request is filed by the creditor or any representative; no lawyer is required",
                RouteLaw.CPC_1407);
        o.appeal(false, "No appeal lies against the order itself: the debtor's remedy is the opposition, and the "
                + "judgment given on opposition follows the ordinary appeal threshold", RouteLaw.CPC_1422);
        if (f.asOf().isBefore(RouteLaw.ORDER_FOR_PAYMENT_REFORM)) {
            o.because("Before 1 March 2022, the order becomes enforceable only once the creditor asks for the "
                    + "enforcement formula after the opposition delay", RouteLaw.CPC_1423_OLD);
        } else {
            o.because("Since 1 March 2022 the registry returns the order already bearing the enforcement formula; "
                    + "it becomes enforceable when the opposition delay expires without opposition",
                    RouteLaw.CPC_1410, RouteLaw.DECRET_2021_1322);
        }
        underWay(f, o);
        return o.build();
    }

    private void underWay(RouteFacts f, Outcome o) {
        if (f.courtActionUnderWay(CourtProceedings.ORDER_FOR_PAYMENT)) {
            o.because("A request for an order for payment was filed on "
                    + f.pendingCourtAction().orElseThrow().date(), RouteLaw.CPC_1407);
        }
        Optional<CaseEvent.DecisionRendered> order = f.latestDecision(DecisionKind.ORDER_FOR_PAYMENT);
        if (order.isEmpty() || !RouteFacts.frenchProcedureApplies(f.debtorTerritory())) {
            return;
        }
        LocalDate made = order.get().date();
        Territory court = f.debtorTerritory();
        Optional<CaseEvent.DecisionServed> served = f.servedAfter(made);
        if (served.isEmpty()) {
            RouteDeadline service = deadlines.of(kind(), "serve the order for payment on the debtor", true,
                    TimeLimits.ORDER_FOR_PAYMENT_SERVICE, made, court, f.creditorTerritory());
            o.deadline(service);
            if (f.asOf().isAfter(service.lastDay())) {
                o.because("The order of " + made + " was not served within six months: it is void (non avenue) and a "
                        + "new request is needed", RouteLaw.CPC_1411);
            } else {
                o.because("The order of " + made + " must be served by " + service.lastDay()
                        + ", or it becomes void", RouteLaw.CPC_1411);
            }
            return;
        }
        RouteDeadline opposition = deadlines.of(kind(), "debtor's opposition to the order for payment", false,
                TimeLimits.ORDER_FOR_PAYMENT_OPPOSITION, served.get().date(), court, f.debtorTerritory());
        o.deadline(opposition);
        o.because("The order was served on " + served.get().date() + "; the debtor may oppose it until "
                + opposition.lastDay() + " (if served to the person)", RouteLaw.CPC_1416);
        if (made.isBefore(RouteLaw.ORDER_FOR_PAYMENT_REFORM)) {
            o.deadline(deadlines.of(kind(), "ask for the enforcement formula", true,
                    Deadlines.ENFORCEMENT_FORMULA_REQUEST, opposition.lastDay(), court, f.creditorTerritory()));
        }
    }
}
