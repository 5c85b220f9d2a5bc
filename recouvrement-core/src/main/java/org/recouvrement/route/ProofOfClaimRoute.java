package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recouvrement.deadline.TimeLimits;
import org.recouvrement.law.LegalReference;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.InsolvencyKind;

/**
 * Proof of claim in insolvency proceedings (<i>déclaration de créance</i>, C. com. art. L622-24, R622-24): once
 * safeguard, reorganisation or liquidation proceedings are opened, a claim that arose before the opening judgment is
 * declared to the insolvency practitioner within two months of the judgment's publication in the BODACC (four months
 * for a creditor outside metropolitan France); late, it is precluded unless relieved within six months (C. com.
 * art. L622-26). Filing interrupts limitation until the proceedings close.
 */
final class ProofOfClaimRoute implements RouteRule {

    private final Deadlines deadlines;

    ProofOfClaimRoute(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.PROOF_OF_CLAIM;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.COM_L622_24, RouteLaw.COM_R622_24, RouteLaw.COM_L622_26);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Optional<CaseEvent.InsolvencyOpened> open = f.openInsolvency();
        if (open.isEmpty()) {
            o.closed("No insolvency proceedings are open against the debtor", RouteLaw.COM_L622_24);
            return o.build();
        }
        CaseEvent.InsolvencyOpened proceedings = open.get();
        if (f.nothingOwed()) {
            o.closed("Nothing is owed on " + f.asOf(), Stops.CIV_1342);
        }
        Stops.notTimeBarred(f, o);
        o.forum(CompetentForum.builder().forum(Forum.INSOLVENCY_PRACTITIONER)
                .territorialRule("the mandataire judiciaire or liquidator named in the opening judgment; disputes go "
                        + "to the juge-commissaire").addReferences(RouteLaw.COM_L622_24).build());
        o.lawyer(false, "The creditor or any employee or representative of its choice may file the proof of claim",
                RouteLaw.COM_L622_24);
        if (proceedings.kind() == InsolvencyKind.BELGIAN_INSOLVENCY) {
            o.review("Belgian insolvency proceedings: claims are declared in the Central Solvency Register (RegSol) "
                    + "within the time set by the judgment, which the library does not know", RouteLaw.CDE_XX);
            return o.build();
        }
        if (!RouteFacts.frenchProcedureApplies(f.debtorTerritory())) {
            o.review("The debtor is in " + f.debtorTerritory() + ", whose insolvency law and calendar the library does "
                    + "not model; the time to file cannot be computed", RouteLaw.COM_R622_24);
            return o.build();
        }
        if (f.claim().issueDate().isAfter(proceedings.date())) {
            o.review("The claim arose after the opening judgment of " + proceedings.date() + ": it is paid at maturity "
                    + "or ranks as a post-opening claim, and is not declared like earlier claims",
                    RouteLaw.COM_L622_17);
        }
        Optional<CaseEvent.ProofOfClaimFiled> filed = f.latest(CaseEvent.ProofOfClaimFiled.class);
        if (filed.isPresent() && !filed.get().date().isBefore(proceedings.date())) {
            o.because("A proof of claim for " + filed.get().amount() + " was filed on " + filed.get().date()
                    + "; it interrupts limitation until the proceedings close", RouteLaw.COM_L622_24);
            return o.build();
        }
        if (proceedings.publicationDate().isEmpty()) {
            o.review("The opening judgment of " + proceedings.date() + " (" + proceedings.kind() + ") is not yet "
                    + "recorded as published in the BODACC; the two months to file run from that publication",
                    RouteLaw.COM_R622_24);
            return o.build();
        }
        LocalDate published = proceedings.publicationDate().get();
        RouteDeadline deadline = deadlines.of(kind(), "file the proof of claim", true, TimeLimits.PROOF_OF_CLAIM,
                published, f.debtorTerritory(), f.creditorTerritory());
        o.deadline(deadline);
        if (!f.asOf().isAfter(deadline.lastDay())) {
            o.because("Insolvency proceedings (" + proceedings.kind() + ") opened on " + proceedings.date()
                    + ", published on " + published + ": file the proof of claim with the insolvency practitioner by "
                    + deadline.lastDay(), RouteLaw.COM_L622_24, RouteLaw.COM_R622_24);
            return o.build();
        }
        RouteDeadline relief = deadlines.of(kind(), "apply for relief from preclusion", true,
                TimeLimits.RELIEF_FROM_PRECLUSION, published, f.debtorTerritory(), f.creditorTerritory());
        o.deadline(relief);
        o.closed("The time to file expired on " + deadline.lastDay() + ": the claim is precluded from distributions",
                RouteLaw.COM_R622_24, RouteLaw.COM_L622_26);
        if (!f.asOf().isAfter(relief.lastDay())) {
            o.missing("Apply to the juge-commissaire for relief from preclusion by " + relief.lastDay()
                    + ", showing the delay was not the creditor's fault", RouteLaw.COM_L622_26);
        }
        return o.build();
    }
}
