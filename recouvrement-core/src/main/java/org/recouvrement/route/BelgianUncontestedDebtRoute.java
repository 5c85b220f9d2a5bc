package org.recouvrement.route;

import java.util.List;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.Territory;

/**
 * Belgium: recovery of uncontested money debts between enterprises (C. jud. art. 1394/20 s., in force since June
 * 2016): the creditor's lawyer has a judicial officer serve a summons to pay; without reaction within one month (plus
 * eight days), the officer draws up a record of non-contestation, declared enforceable. Interest and penalty clauses
 * are recoverable up to 10 % of the principal.
 */
final class BelgianUncontestedDebtRoute implements RouteRule {

    @Override
    public RouteKind kind() {
        return RouteKind.BELGIAN_UNCONTESTED_DEBT_RECOVERY;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CJUD_1394_20);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Stops.debtorInBelgium(f, o);
        if (f.asOf().isBefore(RouteLaw.BELGIAN_UNCONTESTED_PROCEDURE_IN_FORCE)) {
            o.closed("The procedure exists only since June 2016", RouteLaw.CJUD_1394_20);
        }
        if (!f.creditor().kind().isProfessional() || !f.debtor().kind().isProfessional()) {
            o.closed("The procedure is reserved to money debts between enterprises", RouteLaw.CJUD_1394_20);
        }
        if (f.debtor().kind() == PartyKind.PUBLIC_BODY) {
            o.closed("The procedure is not available against a public authority", RouteLaw.CJUD_1394_20);
        }
        if (f.creditorTerritory() != Territory.BELGIUM) {
            o.review("The creditor is not established in Belgium; check that it is an enterprise within the meaning of "
                    + "the procedure", RouteLaw.CJUD_1394_20);
        }
        f.openDispute().ifPresent(d -> o.closed("The procedure is only for uncontested debts; the debtor disputes the "
                + "claim since " + d.date(), RouteLaw.CJUD_1394_20));
        o.because("The debtor has one month from service to pay, contest or ask for payment facilities; after one "
                + "month and eight days without reaction the judicial officer records the non-contestation, which is "
                + "declared enforceable", RouteLaw.CJUD_1394_20);
        o.because("Interest and penalty clauses are recoverable up to " + RouteLaw.BELGIAN_UNCONTESTED_ACCESSORIES_PERCENT
                + " % of the principal", RouteLaw.CJUD_1394_20);
        o.forum(CompetentForum.builder().forum(Forum.BELGIAN_JUDICIAL_OFFICER).territorialRule("a judicial officer "
                + "instructed by the creditor's lawyer serves the summons to pay on the debtor")
                .seatHint(f.debtor().address().city()).addReferences(RouteLaw.CJUD_1394_20).build());
        o.lawyer(true, "The procedure is initiated by the creditor's lawyer", RouteLaw.CJUD_1394_20);
        return o.build();
    }
}
