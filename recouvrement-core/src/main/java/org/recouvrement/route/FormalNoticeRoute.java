package org.recouvrement.route;

import java.util.List;
import org.recouvrement.claim.ClaimNature;
import org.recouvrement.law.LegalReference;
import org.recouvrement.recovery.CaseEvent;

/**
 * Formal notice (<i>mise en demeure</i>, C. civ. art. 1344): a summons or a letter giving sufficient notice, a
 * registered letter being enough; it starts moratory interest at the legal rate (C. civ. art. 1231-6, 1344-1) but
 * does not interrupt limitation.
 */
final class FormalNoticeRoute implements RouteRule {

    private final BelgianConsumerRules belgianConsumers;

    FormalNoticeRoute(BelgianConsumerRules belgianConsumers) {
        this.belgianConsumers = belgianConsumers;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.FORMAL_NOTICE;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CIV_1344, RouteLaw.CIV_1344_1, RouteLaw.CIV_1231_6);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Stops.belgianConsumerFirst(f, o, belgianConsumers);
        Stops.disputeNeedsReview(f, o, "a formal notice should answer the dispute and state the evidence of the "
                + "claim", Stops.CIV_1353);
        o.because("A formal notice by registered letter with acknowledgement of receipt puts the debtor on notice "
                + "and makes moratory interest at the legal rate run from its receipt", RouteLaw.CIV_1344,
                RouteLaw.CIV_1344_1, RouteLaw.CIV_1231_6);
        if (f.claim().nature() == ClaimNature.COMMERCIAL_BETWEEN_MERCHANTS
                || f.claim().nature() == ClaimNature.BUSINESS_TO_BUSINESS) {
            o.because("Between professionals, late-payment penalties and the fixed recovery compensation are due "
                    + "without any reminder; the notice still serves as evidence before court action",
                    RouteLaw.COM_L441_10);
        }
        o.because("A formal notice does not interrupt limitation", RouteLaw.CIV_2240);
        f.latest(CaseEvent.FormalNoticeSent.class).ifPresent(n -> o.because("A formal notice was already sent on "
                + n.date() + " (" + n.channel() + ")"));
        o.forum(CompetentForum.builder().forum(Forum.CREDITOR).territorialRule("sent by the creditor by registered "
                + "letter with acknowledgement of receipt, or served by a judicial officer")
                .addReferences(RouteLaw.CIV_1344).build());
        return o.build();
    }
}
