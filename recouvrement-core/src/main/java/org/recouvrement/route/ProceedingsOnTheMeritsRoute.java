package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.recouvrement.deadline.TimeLimits;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.DecisionKind;

/**
 * Proceedings on the merits (<i>assignation au fond</i>): the ordinary action, open to any claim, contested or not.
 * Before the tribunal judiciaire, a claim of up to 5,000 € must first go through an amicable attempt (CPC
 * art. 750-1, in force 1 January 2020 to 21 September 2022 and again from 1 October 2023); a lawyer is mandatory above
 * 10,000 € except before the juge des contentieux de la protection; up to 5,000 € the judgment is given without
 * appeal.
 */
final class ProceedingsOnTheMeritsRoute implements RouteRule {

    private static final Amount TAE_CONTRIBUTION_THRESHOLD = Amount.euros(50000);

    private final Deadlines deadlines;
    private final BelgianConsumerRules belgianConsumers;

    ProceedingsOnTheMeritsRoute(Deadlines deadlines, BelgianConsumerRules belgianConsumers) {
        this.deadlines = deadlines;
        this.belgianConsumers = belgianConsumers;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.PROCEEDINGS_ON_THE_MERITS;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CPC_42, RouteLaw.CPC_750_1, RouteLaw.CPC_760, RouteLaw.CPC_761);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.notTimeBarred(f, o);
        Stops.debtorInFrance(f, o);
        Stops.belgianConsumerFirst(f, o, belgianConsumers);
        o.because("An action on the merits is open to any claim, contested or not, and ends in a judgment that is an "
                + "enforceable title", RouteLaw.CPC_42);
        f.openDispute().ifPresent(d -> o.because("The debtor disputes the claim since " + d.date()
                + ": the merits are where a contested claim is decided", RouteLaw.CPC_42));
        Optional<Forum> court = Forums.frenchCourt(f);
        if (court.isEmpty()) {
            o.review("The courts competent before 1 January 2020 (tribunal d'instance, tribunal de grande instance) "
                    + "are not modelled", RouteLaw.LOI_2019_222);
            return o.build();
        }
        Forum forum = court.get();
        o.forum(Forums.french(f, forum, Optional.empty(), "the court of the place where the defendant lives, or for a "
                + "contract the place of delivery or performance", RouteLaw.CPC_42, RouteLaw.CPC_46));
        Forums.lawyer(f, o, forum);
        Forums.appeal(f, o, forum);
        priorAmicableAttempt(f, o, forum);
        if (forum == Forum.TRIBUNAL_DES_ACTIVITES_ECONOMIQUES
                && f.claimedWithInterest().isGreaterThan(TAE_CONTRIBUTION_THRESHOLD)) {
            o.because("Before a tribunal des activités économiques, a claimant with 250 employees or more owes a "
                    + "contribution of 3 to 5 % of claims above 50,000 €, on pain of inadmissibility",
                    RouteLaw.LOI_2023_1059);
        }
        Optional<CaseEvent.DecisionRendered> judgment = f.latestDecision(DecisionKind.JUDGMENT);
        if (judgment.isPresent()) {
            f.servedAfter(judgment.get().date()).ifPresent(served -> o.deadline(deadlines.of(kind(),
                    "appeal against the judgment", false, TimeLimits.APPEAL, served.date(), f.debtorTerritory(),
                    f.debtorTerritory())));
        }
        return o.build();
    }

    private static void priorAmicableAttempt(RouteFacts f, Outcome o, Forum forum) {
        if (forum != Forum.TRIBUNAL_JUDICIAIRE && forum != Forum.JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION) {
            return;
        }
        Optional<Provision<Boolean>> rule = RouteLaw.PRIOR_AMICABLE_ATTEMPT.inForceOn(f.asOf());
        if (rule.isEmpty() || !rule.get().value()) {
            rule.ifPresent(r -> o.because("No prior amicable attempt is required for an action brought on "
                    + f.asOf() + " (CPC art. 750-1 annulled with effect from 22 September 2022, re-established for "
                    + "actions from 1 October 2023)", RouteLaw.CPC_750_1, r.reference()));
            return;
        }
        if (f.claimedWithInterest().isGreaterThan(RouteLaw.PRIOR_AMICABLE_ATTEMPT_CEILING)) {
            return;
        }
        if (f.any(CaseEvent.AmicableProcessStarted.class)) {
            o.because("A prior amicable attempt (conciliation, mediation or participatory procedure) is recorded, as "
                    + "CPC art. 750-1 requires for a claim of up to 5,000 €", RouteLaw.CPC_750_1);
            return;
        }
        if (f.any(CaseEvent.SmallClaimsProcedureRefused.class)) {
            o.because("The simplified small-claims procedure was tried in vain, which exempts from the prior "
                    + "amicable attempt", RouteLaw.CPC_750_1, RouteLaw.L125_1);
            return;
        }
        o.closed("A claim of up to 5,000 € (" + f.claimedWithInterest() + ") before the tribunal judiciaire is "
                + "inadmissible without a prior attempt at conciliation, mediation or participatory procedure, unless "
                + "an exemption applies (manifest urgency, no conciliator available within three months, a vain "
                + "simplified small-claims procedure)", RouteLaw.CPC_750_1, rule.get().reference());
        o.missing("Attempt conciliation (conciliateur de justice), mediation or a participatory procedure, or the "
                + "simplified small-claims procedure", RouteLaw.CPC_750_1, RouteLaw.L125_1);
    }
}
