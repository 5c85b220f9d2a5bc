package org.recouvrement.route;

import java.util.List;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;

/**
 * Belgium: ordinary summons (<i>citation</i>, C. jud. art. 700 s.): any claim, served by a judicial officer; the
 * justice of the peace hears claims up to 5,000 € (since 1 September 2018) and rules in last resort up to 2,000 €;
 * the tribunal de l'entreprise hears disputes between enterprises.
 */
final class BelgianSummonsRoute implements RouteRule {

    private final BelgianConsumerRules belgianConsumers;

    BelgianSummonsRoute(BelgianConsumerRules belgianConsumers) {
        this.belgianConsumers = belgianConsumers;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.BELGIAN_SUMMONS;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CJUD_700, RouteLaw.CJUD_590, RouteLaw.CJUD_617);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Stops.debtorInBelgium(f, o);
        Stops.belgianConsumerFirst(f, o, belgianConsumers);
        o.because("A summons served by a judicial officer is open to any claim, contested or not", RouteLaw.CJUD_700);
        boolean enterprises = f.creditor().kind().isProfessional() && f.debtor().kind().isProfessional();
        Amount amount = f.claimedWithInterest();
        if (enterprises) {
            o.forum(CompetentForum.builder().forum(Forum.TRIBUNAL_DE_L_ENTREPRISE).territorialRule("the court of the "
                    + "defendant's domicile").seatHint(f.debtor().address().city()).addReferences(RouteLaw.CJUD_700)
                    .build());
        } else if (f.asOf().isBefore(RouteLaw.BELGIAN_JUSTICE_OF_THE_PEACE_5000)) {
            o.review("The justice of the peace's ceiling before 1 September 2018 is not modelled", RouteLaw.CJUD_590);
        } else if (amount.isGreaterThan(RouteLaw.BELGIAN_JP_CEILING)) {
            o.forum(CompetentForum.builder().forum(Forum.TRIBUNAL_DE_PREMIERE_INSTANCE).territorialRule("the court of "
                    + "the defendant's domicile").seatHint(f.debtor().address().city())
                    .addReferences(RouteLaw.CJUD_590).build());
        } else {
            o.forum(CompetentForum.builder().forum(Forum.JUGE_DE_PAIX).territorialRule("the justice of the peace of "
                    + "the defendant's domicile").seatHint(f.debtor().address().city())
                    .addReferences(RouteLaw.CJUD_590).build());
            if (amount.isGreaterThan(RouteLaw.BELGIAN_JP_LAST_RESORT)) {
                o.appeal(true, "The judgment can be appealed: the claim exceeds " + RouteLaw.BELGIAN_JP_LAST_RESORT,
                        RouteLaw.CJUD_617);
            } else {
                o.appeal(false, "The justice of the peace rules in last resort up to " + RouteLaw.BELGIAN_JP_LAST_RESORT,
                        RouteLaw.CJUD_617);
            }
        }
        o.lawyer(false, "Representation by a lawyer is not mandatory", RouteLaw.CJUD_700);
        return o.build();
    }
}
