package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;

/**
 * Belgium: summary order for payment (<i>procédure sommaire d'injonction de payer</i>, C. jud. art. 1338 to 1344):
 * for a liquid money debt proved by a writing emanating from the debtor, against a debtor domiciled in Belgium, after
 * a summons to pay giving 15 days; before the justice of the peace up to 1,860 €, before the tribunal de l'entreprise
 * between enterprises without ceiling; the request is signed by a lawyer.
 */
final class BelgianSummaryOrderRoute implements RouteRule {

    private final BelgianConsumerRules belgianConsumers;

    BelgianSummaryOrderRoute(BelgianConsumerRules belgianConsumers) {
        this.belgianConsumers = belgianConsumers;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.BELGIAN_SUMMARY_ORDER_FOR_PAYMENT;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CJUD_1338);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Stops.debtorInBelgium(f, o);
        Stops.belgianConsumerFirst(f, o, belgianConsumers);
        if (!f.evidenceFromDebtor()) {
            o.closed("The procedure needs a writing emanating from the debtor (an order form, a signed contract, an "
                    + "acknowledgement); an invoice alone is not enough", RouteLaw.CJUD_1338);
            o.missing("Gather a writing emanating from the debtor", RouteLaw.CJUD_1338);
        }
        boolean enterprises = f.creditor().kind().isProfessional() && f.debtor().kind().isProfessional();
        Amount amount = f.claimedWithInterest();
        if (enterprises) {
            o.forum(CompetentForum.builder().forum(Forum.TRIBUNAL_DE_L_ENTREPRISE).territorialRule("the court of the "
                    + "debtor's domicile").seatHint(f.debtor().address().city()).addReferences(RouteLaw.CJUD_1338)
                    .build());
        } else if (amount.isGreaterThan(RouteLaw.BELGIAN_SUMMARY_ORDER_JP_CEILING)) {
            o.closed("Outside disputes between enterprises, the summary order is only available before the justice of "
                    + "the peace, up to " + RouteLaw.BELGIAN_SUMMARY_ORDER_JP_CEILING + " (claim: " + amount + ")",
                    RouteLaw.CJUD_1338);
        } else {
            o.forum(CompetentForum.builder().forum(Forum.JUGE_DE_PAIX).territorialRule("the justice of the peace of "
                    + "the debtor's domicile").seatHint(f.debtor().address().city()).addReferences(RouteLaw.CJUD_1338)
                    .build());
        }
        Optional<CaseEvent.FormalNoticeSent> summons = f.formalNoticeWithProof();
        if (summons.isEmpty()) {
            o.closed("A summons to pay by registered letter or judicial officer, reproducing articles 1338 to 1344 and "
                    + "giving 15 days to pay, must come first", RouteLaw.CJUD_1338);
            o.missing("Send a summons to pay (sommation de payer) by registered letter giving 15 days",
                    RouteLaw.CJUD_1338);
        } else if (!f.asOf().isAfter(summons.get().date().plusDays(15))) {
            o.closed("The 15 days given by the summons of " + summons.get().date() + " have not run out",
                    RouteLaw.CJUD_1338);
            o.missing("Wait until the 15 days of the summons have run out", RouteLaw.CJUD_1338);
        }
        Stops.disputeNeedsReview(f, o, "the judge rules on the request alone; a disputed claim belongs to an ordinary "
                + "summons", RouteLaw.CJUD_1338);
        o.lawyer(true, "The request must be signed by a lawyer", RouteLaw.CJUD_1338);
        return o.build();
    }
}
