package org.recouvrement.route;

import java.time.LocalDate;
import java.util.Optional;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.InsolvencyKind;

/**
 * The findings every route shares: nothing owed, not yet due, time-barred, insolvency, the debtor's place, the
 * Belgian consumer rules that come first. Each adds its reason to an {@link Outcome}.
 */
final class Stops {

    static final LegalReference CIV_1342 = LegalCode.CIVIL_CODE.article("1342");
    static final LegalReference CIV_1305_2 = LegalCode.CIVIL_CODE.article("1305-2");
    static final LegalReference CIV_1302 = LegalCode.CIVIL_CODE.article("1302");
    static final LegalReference CIV_1353 = LegalCode.CIVIL_CODE.article("1353");

    private Stops() {
    }

    /** Closes any route when nothing is owed or the claim is not due yet. */
    static void owedAndDue(RouteFacts f, Outcome o) {
        if (f.nothingOwed()) {
            o.closed("Nothing is owed on " + f.asOf() + ": the outstanding principal is " + f.outstanding(), CIV_1342);
        } else if (f.notYetDue()) {
            o.closed("The claim falls due on " + f.currentDueDate() + " and cannot be claimed before", CIV_1305_2);
        }
    }

    /** Closes a route that threatens or brings an action when the claim is time-barred. */
    static void notTimeBarred(RouteFacts f, Outcome o) {
        if (f.timeBar().expired()) {
            o.closed(f.timeBar().explanation());
            o.closed("A time-barred claim can no longer be enforced; only a voluntary payment by the debtor remains "
                    + "possible, and it cannot then be reclaimed", CIV_1302);
        }
    }

    /** Marks an amicable request on a time-barred claim for review: ask, never threaten. */
    static void timeBarredAmicably(RouteFacts f, Outcome o) {
        if (f.timeBar().expired()) {
            o.review("The claim is time-barred: a request may invite a voluntary payment (a natural obligation that "
                    + "cannot be reclaimed once paid) but must not threaten any action", CIV_1302);
        }
    }

    /** Closes every route but the proof of claim while insolvency proceedings are open. */
    static void noInsolvency(RouteFacts f, Outcome o) {
        Optional<CaseEvent.InsolvencyOpened> open = f.openInsolvency();
        if (open.isPresent()) {
            if (open.get().kind() == InsolvencyKind.BELGIAN_INSOLVENCY) {
                o.closed("Insolvency proceedings opened on " + open.get().date() + " suspend individual actions; "
                        + "the claim must be declared in the proceedings", RouteLaw.CDE_XX);
            } else {
                o.closed("Insolvency proceedings (" + open.get().kind() + ") opened on " + open.get().date()
                        + " stay individual actions and forbid paying claims that arose before; only the proof of "
                        + "claim remains", RouteLaw.COM_L622_21, RouteLaw.COM_L622_7);
            }
        }
    }

    /** Closes a French domestic route when the debtor lives where French civil procedure is not the one modelled. */
    static void debtorInFrance(RouteFacts f, Outcome o) {
        Territory t = f.debtorTerritory();
        if (!t.isFrench()) {
            o.closed("The debtor lives in " + t + ": a French domestic route needs the French court of the place "
                    + "where the debtor lives", RouteLaw.CPC_42, RouteLaw.CPC_1406);
        } else if (!RouteFacts.frenchProcedureApplies(t)) {
            o.closed("The debtor lives in " + t + ", whose courts apply a local code of civil procedure that the "
                    + "library does not model", RouteLaw.CPC_42);
        }
    }

    /** Closes a Belgian route when the debtor does not live in Belgium. */
    static void debtorInBelgium(RouteFacts f, Outcome o) {
        if (f.debtorTerritory() != Territory.BELGIUM) {
            o.closed("The debtor lives in " + f.debtorTerritory() + ": Belgian routes need a debtor domiciled in "
                    + "Belgium", RouteLaw.CJUD_1338, RouteLaw.CJUD_700);
        }
    }

    /**
     * For a professional's claim against a consumer in Belgium under CDE Book XIX: the free first reminder and its
     * 14-day wait come before any costly step.
     */
    static void belgianConsumerFirst(RouteFacts f, Outcome o, BelgianConsumerRules rules) {
        if (!f.debtorIsBelgianConsumer() || !rules.bookXixApplies(f)) {
            return;
        }
        Optional<LocalDate> waitEnds = rules.waitEnds(f);
        if (waitEnds.isEmpty()) {
            o.closed("The debtor is a consumer in Belgium: the free first reminder of CDE Book XIX must be sent "
                    + "first", RouteLaw.CDE_XIX);
            o.missing("Send the free first reminder of CDE Book XIX and wait at least 14 calendar days",
                    RouteLaw.CDE_XIX);
        } else if (!f.asOf().isAfter(waitEnds.get())) {
            o.closed("The 14-day wait after the first reminder runs until " + waitEnds.get()
                    + " (CDE Book XIX); no cost may be charged before", RouteLaw.CDE_XIX);
            o.missing("Wait until " + waitEnds.get() + " inclusive", RouteLaw.CDE_XIX);
        }
    }

    /** Marks a route for review while the debtor disputes the claim. */
    static void disputeNeedsReview(RouteFacts f, Outcome o, String consequence, LegalReference... references) {
        f.openDispute().ifPresent(d -> o.review("The debtor disputes the claim since " + d.date() + " ("
                + d.subject() + "): " + consequence, references));
    }
}
