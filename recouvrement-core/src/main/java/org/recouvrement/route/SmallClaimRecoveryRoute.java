package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;

/**
 * Simplified small-claims recovery (<i>procédure simplifiée de recouvrement des petites créances</i>, CPCE
 * art. L125-1, in force 1 June 2016): a judicial officer invites the debtor to agree, within one month, on the
 * amount and terms of payment of a claim of contractual or statutory cause up to 4,000 € (5,000 € from
 * 1 January 2020) in principal and interest; the agreement becomes an enforceable title; all costs stay with the
 * creditor.
 */
final class SmallClaimRecoveryRoute implements RouteRule {

    @Override
    public RouteKind kind() {
        return RouteKind.SIMPLIFIED_SMALL_CLAIM_RECOVERY;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.L125_1);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Stops.debtorInFrance(f, o);
        Optional<Provision<Amount>> ceiling = RouteLaw.SMALL_CLAIMS_CEILING.inForceOn(f.asOf());
        if (ceiling.isEmpty()) {
            o.closed("The simplified small-claims procedure exists only from 1 June 2016", RouteLaw.L125_1,
                    RouteLaw.DECRET_2016_285);
            return o.build();
        }
        if (f.hasEnforceableTitle()) {
            o.closed("The creditor already holds, or has sought, a court decision on the claim", RouteLaw.L125_1);
        }
        if (f.claim().origin() == ClaimOrigin.OTHER) {
            o.review("The procedure needs a claim with a contractual cause or resulting from a statutory obligation; "
                    + "check the claim's cause", RouteLaw.L125_1);
        }
        Amount limit = ceiling.get().value();
        Amount amount = f.claimedWithInterest();
        if (amount.isGreaterThan(limit)) {
            o.closed("The claim in principal and interest (" + amount + ") exceeds the ceiling of " + limit
                    + " in force on " + f.asOf(), RouteLaw.L125_1, ceiling.get().reference());
        } else {
            o.because("The claim in principal and interest (" + amount + ") does not exceed the ceiling of " + limit
                    + " in force on " + f.asOf(), RouteLaw.L125_1, ceiling.get().reference());
        }
        f.openDispute().ifPresent(d -> o.closed("The procedure needs the debtor's agreement on the amount and terms; "
                + "the debtor disputes the claim since " + d.date(), RouteLaw.L125_1));
        Optional<CaseEvent.SmallClaimsProcedureRefused> refused = f.latest(CaseEvent.SmallClaimsProcedureRefused.class);
        Optional<CaseEvent.SmallClaimsProcedureAccepted> accepted =
                f.latest(CaseEvent.SmallClaimsProcedureAccepted.class);
        if (refused.isPresent() && (accepted.isEmpty() || refused.get().date().isAfter(accepted.get().date()))) {
            o.closed("The debtor refused the procedure on " + refused.get().date() + "; its vain use exempts from the "
                    + "prior amicable attempt of CPC art. 750-1", RouteLaw.L125_1, RouteLaw.CPC_750_1);
        } else if (accepted.isPresent()) {
            o.because("The debtor agreed on " + accepted.get().date() + "; limitation is suspended until the procedure "
                    + "ends, and the signed agreement is made an enforceable title by the judicial officer",
                    RouteLaw.L125_1, org.recouvrement.law.LegalCode.CIVIL_CODE.article("2238"));
        }
        o.because("The debtor has one month from the invitation to agree; all costs of the procedure stay with the "
                + "creditor", RouteLaw.L125_1);
        String officer = f.asOf().isBefore(RouteLaw.COMMISSAIRE_DE_JUSTICE) ? "huissier de justice"
                : "commissaire de justice";
        o.forum(CompetentForum.builder().forum(Forum.JUDICIAL_OFFICER)
                .territorialRule("a " + officer + " of the ressort of the cour d'appel where the debtor lives")
                .seatHint(f.debtor().address().city()).addReferences(RouteLaw.L125_1, RouteLaw.ORD_2016_728).build());
        o.lawyer(false, "No lawyer: the creditor instructs the judicial officer directly", RouteLaw.L125_1);
        return o.build();
    }
}
