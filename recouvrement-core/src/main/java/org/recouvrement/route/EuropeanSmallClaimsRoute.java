package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Amount;

/**
 * European small claims procedure (Regulation (EC) No 861/2007, applicable from 1 January 2009; ceiling 2,000 €,
 * raised to 5,000 € from 14 July 2017 by Regulation (EU) 2015/2421): a written procedure for cross-border claims,
 * contested or not, whose value excluding interest, expenses and disbursements does not exceed the ceiling.
 */
final class EuropeanSmallClaimsRoute implements RouteRule {

    @Override
    public RouteKind kind() {
        return RouteKind.EUROPEAN_SMALL_CLAIMS;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.REG_861_2007, RouteLaw.REG_861_2007_ART_3, RouteLaw.REG_2015_2421);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Optional<Provision<Amount>> ceiling = RouteLaw.EUROPEAN_SMALL_CLAIMS_CEILING.inForceOn(f.asOf());
        if (ceiling.isEmpty()) {
            o.closed("The European small claims procedure applies from 1 January 2009", RouteLaw.REG_861_2007);
            return o.build();
        }
        if (!CrossBorder.check(f, o, RouteLaw.REG_861_2007_ART_3)) {
            return o.build();
        }
        Amount value = f.outstanding();
        Amount limit = ceiling.get().value();
        if (value.isGreaterThan(limit)) {
            o.closed("The claim excluding interest (" + value + ") exceeds the ceiling of " + limit + " in force on "
                    + f.asOf(), RouteLaw.REG_861_2007, ceiling.get().reference());
        } else {
            o.because("The claim excluding interest (" + value + ") does not exceed the ceiling of " + limit
                    + "; contested claims are admitted", RouteLaw.REG_861_2007, ceiling.get().reference());
        }
        o.forum(CompetentForum.builder()
                .forum(f.debtorTerritory().isFrench() ? Forums.frenchCourt(f).orElse(Forum.TRIBUNAL_JUDICIAIRE)
                        : Forum.COURT_OF_ANOTHER_MEMBER_STATE)
                .territorialRule("the court competent under Regulation (EU) No 1215/2012, usually that of the "
                        + "debtor's domicile; a consumer may only be sued where he is domiciled")
                .seatHint(f.debtor().address().city()).addReferences(RouteLaw.REG_861_2007).build());
        o.lawyer(false, "Representation by a lawyer is not mandatory", RouteLaw.REG_861_2007_ART_10);
        return o.build();
    }
}
