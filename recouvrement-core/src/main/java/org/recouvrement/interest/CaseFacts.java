package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The events of a case that matter for interest, read in one pass over its timeline up to a date.
 */
final class CaseFacts {

    private final LocalDate dueDate;
    private final CaseEvent.FormalNoticeDelivered formalNotice;
    private final CaseEvent.CourtActionFiled writ;
    private final CaseEvent.DecisionServed decisionServed;
    private final CaseEvent.InsolvencyOpened insolvency;
    private final List<CaseEvent.PaymentReceived> payments;
    private final List<CaseEvent.CreditNoteIssued> creditNotes;

    private CaseFacts(LocalDate dueDate, CaseEvent.FormalNoticeDelivered formalNotice, CaseEvent.CourtActionFiled writ,
            CaseEvent.DecisionServed decisionServed, CaseEvent.InsolvencyOpened insolvency,
            List<CaseEvent.PaymentReceived> payments, List<CaseEvent.CreditNoteIssued> creditNotes) {
        this.dueDate = dueDate;
        this.formalNotice = formalNotice;
        this.writ = writ;
        this.decisionServed = decisionServed;
        this.insolvency = insolvency;
        this.payments = payments;
        this.creditNotes = creditNotes;
    }

    /**
     * Reads the events of a case dated on or before a date.
     *
     * @param file the case
     * @param asOf the date, inclusive
     * @return the facts
     */
    static CaseFacts of(RecoveryCase file, LocalDate asOf) {
        LocalDate dueDate = file.claim().dueDate();
        CaseEvent.FormalNoticeDelivered notice = null;
        CaseEvent.CourtActionFiled writ = null;
        CaseEvent.DecisionServed served = null;
        CaseEvent.InsolvencyOpened insolvency = null;
        List<CaseEvent.PaymentReceived> payments = new ArrayList<>(4);
        List<CaseEvent.CreditNoteIssued> creditNotes = new ArrayList<>(0);
        for (CaseEvent event : file.events()) {
            if (event.date().isAfter(asOf)) {
                break;
            }
            if (event instanceof CaseEvent.PaymentReceived payment) {
                payments.add(payment);
            } else if (event instanceof CaseEvent.CreditNoteIssued credit) {
                creditNotes.add(credit);
            } else if (event instanceof CaseEvent.DueDatePostponed postponed) {
                dueDate = postponed.newDueDate();
            } else if (event instanceof CaseEvent.FormalNoticeDelivered delivered && notice == null) {
                notice = delivered;
            } else if (event instanceof CaseEvent.CourtActionFiled filed && writ == null
                    && (filed.proceedings() == CourtProceedings.PROCEEDINGS_ON_THE_MERITS
                            || filed.proceedings() == CourtProceedings.INTERIM_PAYMENT_SUMMARY_PROCEEDINGS)) {
                writ = filed;
            } else if (event instanceof CaseEvent.DecisionServed decision && served == null) {
                served = decision;
            } else if (event instanceof CaseEvent.InsolvencyOpened opened && insolvency == null) {
                insolvency = opened;
            }
        }
        return new CaseFacts(dueDate, notice, writ, served, insolvency, payments, creditNotes);
    }

    /** The due date, as last postponed by agreement. */
    LocalDate dueDate() {
        return dueDate;
    }

    /** The first formal notice delivered, or null. */
    CaseEvent.FormalNoticeDelivered formalNotice() {
        return formalNotice;
    }

    /** The first writ served on the debtor (proceedings on the merits or summary proceedings), or null. */
    CaseEvent.CourtActionFiled writ() {
        return writ;
    }

    /** The first decision served, or null. */
    CaseEvent.DecisionServed decisionServed() {
        return decisionServed;
    }

    /** The first opening of insolvency proceedings, or null. */
    CaseEvent.InsolvencyOpened insolvency() {
        return insolvency;
    }

    /** The payments received. */
    List<CaseEvent.PaymentReceived> payments() {
        return payments;
    }

    /** The credit notes issued. */
    List<CaseEvent.CreditNoteIssued> creditNotes() {
        return creditNotes;
    }
}
