package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.recouvrement.deadline.TimeLimits;
import org.recouvrement.law.LegalReference;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.DecisionKind;

/**
 * European order for payment (Regulation (EC) No 1896/2006, applicable from 12 December 2008): for uncontested
 * pecuniary claims, liquid and due, in cross-border cases; application on form A, no lawyer needed; the defendant
 * may lodge a statement of opposition within 30 days of service, failing which the order is declared enforceable
 * throughout the Union.
 */
final class EuropeanOrderForPaymentRoute implements RouteRule {

    private final Deadlines deadlines;

    EuropeanOrderForPaymentRoute(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.EUROPEAN_ORDER_FOR_PAYMENT;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.REG_1896_2006, RouteLaw.REG_1896_2006_ART_3, RouteLaw.REG_1896_2006_ART_16);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        if (f.asOf().isBefore(RouteLaw.EUROPEAN_ORDER_FOR_PAYMENT_IN_FORCE)) {
            o.closed("The European order for payment applies from 12 December 2008", RouteLaw.REG_1896_2006);
            return o.build();
        }
        if (!CrossBorder.check(f, o, RouteLaw.REG_1896_2006_ART_3)) {
            return o.build();
        }
        Stops.disputeNeedsReview(f, o, "the procedure is meant for uncontested claims; an opposition within 30 days "
                + "sends the case to ordinary proceedings", RouteLaw.REG_1896_2006_ART_16);
        boolean consumer = f.debtor().kind().isConsumer();
        if (f.debtorTerritory().isFrench()) {
            o.forum(CompetentForum.builder().forum(Forums.frenchCourt(f).orElse(Forum.TRIBUNAL_JUDICIAIRE))
                    .judge("président").territorialRule("the court of the place where the debtor (or one of the "
                            + "debtors) lives")
                    .seatHint(f.debtor().address().city())
                    .addReferences(RouteLaw.REG_1896_2006_ART_6, org.recouvrement.law.LegalCode
                            .CODE_OF_CIVIL_PROCEDURE.article("1424-2"))
                    .build());
        } else {
            o.forum(CompetentForum.builder().forum(Forum.COURT_OF_ANOTHER_MEMBER_STATE)
                    .territorialRule(consumer ? "only the courts of the member state where the consumer debtor is "
                            + "domiciled" : "the courts competent under Regulation (EU) No 1215/2012, usually those "
                            + "of the debtor's domicile")
                    .seatHint(f.debtor().address().city()).addReferences(RouteLaw.REG_1896_2006_ART_6).build());
        }
        o.lawyer(false, "Representation by a lawyer is not mandatory", RouteLaw.REG_1896_2006_ART_24);
        o.because("The defendant may oppose within 30 days of service; without opposition the order is declared "
                + "enforceable and circulates in every member state without exequatur", RouteLaw.REG_1896_2006_ART_16);
        Optional<CaseEvent.DecisionRendered> order = f.latestDecision(DecisionKind.EUROPEAN_ORDER_FOR_PAYMENT);
        if (order.isPresent() && RouteFacts.frenchProcedureApplies(f.debtorTerritory())) {
            f.servedAfter(order.get().date()).ifPresent(served -> o.deadline(deadlines.of(kind(),
                    "debtor's statement of opposition", false, TimeLimits.EUROPEAN_ORDER_FOR_PAYMENT_OPPOSITION,
                    served.date(), f.debtorTerritory(), f.debtorTerritory())));
        }
        return o.build();
    }
}
