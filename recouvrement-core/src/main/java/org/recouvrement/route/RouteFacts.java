package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimNature;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Evidence;
import org.recouvrement.law.Explanation;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.DecisionKind;
import org.recouvrement.recovery.RecoveryCase;

/**
 * What the routes need to know about a case on a date, read once from its timeline and from the limitation and
 * interest engines.
 */
final class RouteFacts {

    /** The limitation status the routes rely on. */
    record TimeBar(boolean expired, Optional<LocalDate> expiry, Explanation explanation) {
    }

    /** The amount claimed for thresholds: principal outstanding plus interest accrued, and how it was computed. */
    record ClaimedAmount(Amount principalOutstanding, Amount withInterest, Explanation explanation) {
    }

    private final RecoveryCase file;
    private final LocalDate asOf;
    private final List<CaseEvent> known;
    private final TimeBar timeBar;
    private final ClaimedAmount claimed;

    RouteFacts(RecoveryCase file, LocalDate asOf, TimeBar timeBar, ClaimedAmount claimed) {
        this.file = file;
        this.asOf = asOf;
        this.known = file.eventsUntil(asOf);
        this.timeBar = timeBar;
        this.claimed = claimed;
    }

    RecoveryCase file() {
        return file;
    }

    LocalDate asOf() {
        return asOf;
    }

    Claim claim() {
        return file.claim();
    }

    Party creditor() {
        return file.claim().creditor();
    }

    Party debtor() {
        return file.claim().debtor();
    }

    Territory creditorTerritory() {
        return creditor().territory();
    }

    Territory debtorTerritory() {
        return debtor().territory();
    }

    TimeBar timeBar() {
        return timeBar;
    }

    ClaimedAmount claimed() {
        return claimed;
    }

    Amount outstanding() {
        return claimed.principalOutstanding();
    }

    Amount claimedWithInterest() {
        return claimed.withInterest();
    }

    boolean nothingOwed() {
        return !outstanding().isPositive();
    }

    boolean notYetDue() {
        return !asOf.isAfter(currentDueDate());
    }

    /** The due date, as postponed by the latest agreement on or before the date asked. */
    LocalDate currentDueDate() {
        return file.latest(CaseEvent.DueDatePostponed.class, asOf).map(CaseEvent.DueDatePostponed::newDueDate)
                .orElse(claim().dueDate());
    }

    boolean writtenOff() {
        return file.latest(CaseEvent.WrittenOff.class, asOf).isPresent();
    }

    /** A dispute opened and not closed on or before the date asked. */
    Optional<CaseEvent.DisputeOpened> openDispute() {
        CaseEvent.DisputeOpened open = null;
        for (CaseEvent event : known) {
            if (event instanceof CaseEvent.DisputeOpened d) {
                open = d;
            } else if (event instanceof CaseEvent.DisputeClosed) {
                open = null;
            }
        }
        return Optional.ofNullable(open);
    }

    /** Insolvency proceedings opened and not closed on or before the date asked. */
    Optional<CaseEvent.InsolvencyOpened> openInsolvency() {
        CaseEvent.InsolvencyOpened open = null;
        for (CaseEvent event : known) {
            if (event instanceof CaseEvent.InsolvencyOpened o) {
                open = o;
            } else if (event instanceof CaseEvent.InsolvencyClosed) {
                open = null;
            }
        }
        return Optional.ofNullable(open);
    }

    boolean any(Class<? extends CaseEvent> kind) {
        for (CaseEvent event : known) {
            if (kind.isInstance(event)) {
                return true;
            }
        }
        return false;
    }

    <T extends CaseEvent> Optional<T> latest(Class<T> kind) {
        return file.latest(kind, asOf);
    }

    /** The latest formal notice sent by registered letter or served by a judicial officer. */
    Optional<CaseEvent.FormalNoticeSent> formalNoticeWithProof() {
        CaseEvent.FormalNoticeSent found = null;
        for (CaseEvent event : known) {
            if (event instanceof CaseEvent.FormalNoticeSent notice
                    && (notice.channel() == ContactChannel.REGISTERED_LETTER
                            || notice.channel() == ContactChannel.JUDICIAL_OFFICER)) {
                found = notice;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The court action under way: filed, and neither withdrawn, lapsed nor dismissed since. */
    Optional<CaseEvent.CourtActionFiled> pendingCourtAction() {
        CaseEvent.CourtActionFiled pending = null;
        for (CaseEvent event : known) {
            if (event instanceof CaseEvent.CourtActionFiled filed) {
                pending = filed;
            } else if (event instanceof CaseEvent.CourtActionWithdrawn || event instanceof CaseEvent.CourtActionLapsed
                    || event instanceof CaseEvent.CourtActionDismissed) {
                pending = null;
            }
        }
        return Optional.ofNullable(pending);
    }

    boolean courtActionUnderWay(CourtProceedings proceedings) {
        return pendingCourtAction().filter(a -> a.proceedings() == proceedings).isPresent();
    }

    /** The latest decision of a kind, and the service that followed it, if any. */
    Optional<CaseEvent.DecisionRendered> latestDecision(DecisionKind kind) {
        CaseEvent.DecisionRendered found = null;
        for (CaseEvent event : known) {
            if (event instanceof CaseEvent.DecisionRendered d && d.kind() == kind) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    Optional<CaseEvent.DecisionServed> servedAfter(LocalDate decisionDate) {
        CaseEvent.DecisionServed found = null;
        for (CaseEvent event : known) {
            if (event instanceof CaseEvent.DecisionServed s && !s.date().isBefore(decisionDate)) {
                found = found == null ? s : found;
            }
        }
        return Optional.ofNullable(found);
    }

    boolean hasEnforceableTitle() {
        return any(CaseEvent.DecisionRendered.class) || claim().origin() == ClaimOrigin.JUDGMENT;
    }

    boolean contractualOrStatutoryCause() {
        return claim().origin() != ClaimOrigin.OTHER;
    }

    boolean evidenceFromDebtor() {
        for (Evidence evidence : claim().evidence()) {
            if (evidence.emanatesFromDebtor()) {
                return true;
            }
        }
        return any(CaseEvent.DebtAcknowledged.class) || any(CaseEvent.PaymentPlanAgreed.class);
    }

    boolean commercial() {
        return claim().nature() == ClaimNature.COMMERCIAL_BETWEEN_MERCHANTS || debtor().merchant();
    }

    boolean consumerCredit() {
        return claim().origin() == ClaimOrigin.LOAN && debtor().kind().isConsumer();
    }

    boolean debtorIsBelgianConsumer() {
        return debtorTerritory() == Territory.BELGIUM && debtor().kind().isConsumer()
                && creditor().kind().isProfessional();
    }

    /** French territories where the code of civil procedure and the routes modelled here apply. */
    static boolean frenchProcedureApplies(Territory territory) {
        switch (territory) {
            case METROPOLITAN_FRANCE:
            case ALSACE_MOSELLE:
            case GUADELOUPE:
            case MARTINIQUE:
            case FRENCH_GUIANA:
            case REUNION:
            case MAYOTTE:
            case SAINT_BARTHELEMY:
            case SAINT_MARTIN:
                return true;
            default:
                return false;
        }
    }

    /** The EU member state a territory belongs to for the EU regulations, or empty outside the Union. */
    Optional<String> memberState(Party party) {
        Territory territory = party.territory();
        if (!territory.isInEuropeanUnion()) {
            return Optional.empty();
        }
        return Optional.of(territory.isFrench() ? "FR" : party.address().country());
    }
}
