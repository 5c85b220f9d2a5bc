package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.recouvrement.deadline.TimeLimits;
import org.recouvrement.law.LegalReference;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.DecisionKind;

/**
 * Summary proceedings for an interim payment (<i>référé-provision</i>, CPC art. 835 al. 2 before the tribunal
 * judiciaire, 873 al. 2 before the commercial court): where the obligation is not seriously contestable, the judge
 * awards an interim payment, provisionally enforceable; no urgency is required.
 */
final class InterimPaymentRoute implements RouteRule {

    private final Deadlines deadlines;
    private final BelgianConsumerRules belgianConsumers;

    InterimPaymentRoute(Deadlines deadlines, BelgianConsumerRules belgianConsumers) {
        this.deadlines = deadlines;
        this.belgianConsumers = belgianConsumers;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.INTERIM_PAYMENT_SUMMARY_PROCEEDINGS;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CPC_835, RouteLaw.CPC_873, RouteLaw.CPC_490);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Stops.debtorInFrance(f, o);
        Stops.belgianConsumerFirst(f, o, belgianConsumers);
        Optional<Forum> court = Forums.frenchCourt(f);
        LegalReference basis = court.filter(c -> c == Forum.TRIBUNAL_DE_COMMERCE
                || c == Forum.TRIBUNAL_DES_ACTIVITES_ECONOMIQUES).isPresent() ? RouteLaw.CPC_873 : RouteLaw.CPC_835;
        Stops.disputeNeedsReview(f, o, "an interim payment is awarded only where the obligation is not seriously "
                + "contestable; the judge decides whether the dispute is serious", basis);
        if (f.openDispute().isEmpty()) {
            o.because("No dispute is recorded: the obligation appears not seriously contestable; the creditor proves "
                    + "the claim, the debtor must prove a serious dispute", basis);
        }
        if (f.claim().evidence().isEmpty()) {
            o.review("No supporting document is recorded: the creditor must prove the obligation before the judge",
                    basis);
        }
        if (court.isEmpty()) {
            o.review("The courts competent before 1 January 2020 are not modelled", RouteLaw.LOI_2019_222);
        } else {
            o.forum(Forums.french(f, court.get(), Optional.of(court.get() == Forum.JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION
                    ? "juge" : "président"), "the court of the place where the defendant lives, or for a contract the "
                    + "place of delivery or performance", RouteLaw.CPC_42, RouteLaw.CPC_46, basis));
            Forums.lawyer(f, o, court.get());
            Forums.appeal(f, o, court.get());
        }
        o.because("The summary order is provisionally enforceable by law and is an enforceable title", basis);
        Optional<CaseEvent.DecisionRendered> order = f.latestDecision(DecisionKind.SUMMARY_ORDER);
        if (order.isPresent() && RouteFacts.frenchProcedureApplies(f.debtorTerritory())) {
            f.servedAfter(order.get().date()).ifPresent(served -> o.deadline(deadlines.of(kind(),
                    "appeal against the summary order", false, TimeLimits.SUMMARY_ORDER_APPEAL, served.date(),
                    f.debtorTerritory(), f.debtorTerritory())));
        }
        return o.build();
    }
}
