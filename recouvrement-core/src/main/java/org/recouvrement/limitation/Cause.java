package org.recouvrement.limitation;

import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.recovery.CaseEvent;

/**
 * Why an event has the effect it has on a limitation period: the legal rule applied, as a fixed sentence with its
 * references, and what the replay of the timeline does with it. The sentences are built once, so that assessing a
 * case allocates no text.
 */
enum Cause {

    // ---------------------------------------------------------------------------------------- France: interruption
    ACKNOWLEDGEMENT(Action.INTERRUPT, "An acknowledgement of the debt by the debtor interrupts limitation; a new "
            + "period of the same length runs from it", Refs.CIV_2240, Refs.CIV_2231),
    PART_PAYMENT(Action.INTERRUPT, "A part payment acknowledges the whole debt and interrupts limitation; a new period "
            + "of the same length runs from it", Refs.CIV_2240, Refs.CASS_PART_PAYMENT, Refs.CIV_2231),
    PAYMENT_PLAN(Action.INTERRUPT, "Agreeing a payment plan acknowledges the debt and interrupts limitation; a new "
            + "period of the same length runs from it", Refs.CIV_2240, Refs.CIV_2231),
    DUE_DATE_POSTPONED(Action.POSTPONE, "Agreeing to postpone the due date acknowledges the debt, and limitation does "
            + "not run against a claim before its term: a new period runs from the later of the agreement and the new "
            + "due date", Refs.CIV_2240, Refs.CIV_2233, Refs.CIV_2231),
    COURT_ACTION(Action.OPEN_COURT, "A court action, even in summary proceedings or before a court without "
            + "jurisdiction, interrupts limitation and preclusive periods until the proceedings end", Refs.CIV_2241,
            Refs.CIV_2242),
    WITHDRAWN(Action.VOID_END, "The claimant withdrew the action: the interruption it caused is void", Refs.CIV_2243),
    LAPSED(Action.VOID_END, "The proceedings lapsed: the interruption they caused is void", Refs.CIV_2243),
    DISMISSED(Action.VOID_END, "The claim was finally dismissed: the interruption the action caused is void",
            Refs.CIV_2243),
    COURT_ACTION_VOIDED(Action.NONE, "This court action was later withdrawn, lapsed or finally dismissed: its "
            + "interruption is void", Refs.CIV_2243),
    DECISION(Action.DECISION, "The decision ended the proceedings: a new period of the same length runs from it",
            Refs.CIV_2242, Refs.CIV_2231),
    DECISION_WITHOUT_ACTION(Action.NONE, "A decision ordering payment, without a court action recorded before it, is "
            + "taken to end proceedings brought on its date: a new period runs from it", Refs.CIV_2241, Refs.CIV_2242,
            Refs.CIV_2231),
    DECISION_WHILE_OTHER_PENDING(Action.NONE, "The decision ended one action; another one is still pending",
            Refs.CIV_2242),
    TITLE(Action.TITLE, "The decision, served on the debtor, is an enforceable title: the enforcement period runs from "
            + "its service and the long-stop does not apply to it", Refs.CPCE_L111_4, Refs.CASS_SERVICE_OF_TITLE),
    ENFORCEMENT(Action.INTERRUPT_EXEMPT, "An act of forced execution interrupts limitation and preclusive periods; a "
            + "new period of the same length runs from it", Refs.CIV_2244, Refs.CIV_2231),
    COMMAND_TO_PAY(Action.INTERRUPT_EXEMPT, "A command to pay prior to seizure and sale interrupts limitation; a new "
            + "period of the same length runs from it", Refs.CIV_2244, Refs.CASS_COMMAND_TO_PAY, Refs.CIV_2231),
    CONSERVATORY_MEASURE(Action.INTERRUPT_EXEMPT, "A conservatory measure interrupts limitation and preclusive "
            + "periods, even if it is later lifted; a new period of the same length runs from it", Refs.CIV_2244,
            Refs.CASS_LIFTED_MEASURE, Refs.CIV_2231),
    PROOF_OF_CLAIM(Action.OPEN_INSOLVENCY, "A proof of claim interrupts limitation until the insolvency proceedings "
            + "close", Refs.COM_L622_24, Refs.CIV_2241, Refs.CIV_2242),
    INSOLVENCY_CLOSED(Action.CLOSE_INSOLVENCY, "The insolvency proceedings closed: a new period of the same length "
            + "runs from the closing judgment", Refs.COM_L622_24, Refs.CIV_2242, Refs.CIV_2231),
    INSOLVENCY_CLOSED_WITHOUT_PROOF(Action.NONE, "The insolvency proceedings closed; no proof of claim had "
            + "interrupted limitation", Refs.COM_L622_24),
    INSOLVENCY_OPENED(Action.NONE, "The opening of insolvency proceedings stays individual actions but does not "
            + "interrupt limitation: a proof of claim does", Refs.COM_L622_21, Refs.COM_L622_24),

    // ---------------------------------------------------------------------------------------- France: no effect
    PROMISE(Action.NONE, "A promise to pay interrupts limitation only as an acknowledgement the creditor can prove; "
            + "record it as an acknowledgement of the debt if it is one", Refs.CIV_2240),
    REMINDER(Action.NONE, "A reminder does not interrupt limitation: only an acknowledgement by the debtor (a part "
            + "payment included), a court action or an enforcement measure does", Refs.CIV_2240, Refs.CIV_2241,
            Refs.CIV_2244),
    FORMAL_NOTICE(Action.NONE, "A formal notice, even by registered letter, does not interrupt limitation: only an "
            + "acknowledgement by the debtor (a part payment included), a court action or an enforcement measure "
            + "does", Refs.CIV_2240, Refs.CIV_2241, Refs.CIV_2244),
    FORMAL_NOTICE_DELIVERED(Action.NONE, "The delivery of a formal notice makes late interest run but does not "
            + "interrupt limitation", Refs.CIV_2240, Refs.CIV_2241, Refs.CIV_2244),
    DISPUTE(Action.NONE, "A dispute or negotiations between the parties neither interrupt nor suspend limitation",
            Refs.CASS_NEGOTIATIONS),
    NEUTRAL(Action.NONE, "This event has no effect on limitation"),
    ACCELERATION(Action.ACCELERATE, "The acceleration made the remaining instalments due at once: their limitation "
            + "runs from it", Refs.CASS_INSTALMENTS, Refs.CIV_2233),
    ACCELERATION_NO_EFFECT(Action.NONE, "The acceleration does not move the start of this period: it was already "
            + "due", Refs.CASS_INSTALMENTS, Refs.CIV_2233),

    // ---------------------------------------------------------------------------------------- France: suspension
    AMICABLE_STARTED(Action.SUSPEND, "A mediation, a conciliation or a participatory procedure agreed after the "
            + "dispute arose suspends limitation", Refs.CIV_2238, Refs.CIV_2230),
    AMICABLE_ENDED(Action.RESUME, "The amicable process ended: limitation resumes for the time that was left, and "
            + "for at least six months", Refs.CIV_2238),
    SMALL_CLAIMS_ACCEPTED(Action.SUSPEND, "The debtor's acceptance of the simplified small-claims procedure suspends "
            + "limitation", Refs.CIV_2238, Refs.CPCE_L125_1),
    SMALL_CLAIMS_REFUSED(Action.RESUME, "The debtor refused the simplified small-claims procedure, or it failed: "
            + "limitation resumes for the time that was left, and for at least six months", Refs.CIV_2238,
            Refs.CPCE_L125_1),
    INQUIRY_ORDERED(Action.SUSPEND, "A measure of inquiry granted before any trial suspends limitation",
            Refs.CIV_2239),
    INQUIRY_COMPLETED(Action.RESUME, "The measure of inquiry was carried out: limitation resumes for the time that "
            + "was left, and for at least six months", Refs.CIV_2239),
    IMPEDIMENT_STARTED(Action.SUSPEND, "Limitation does not run against a creditor unable to act because of an "
            + "impediment resulting from the law, the contract or force majeure", Refs.CIV_2234, Refs.CIV_2230),
    IMPEDIMENT_ENDED(Action.RESUME, "The impediment ended: limitation resumes for the time that was left",
            Refs.CIV_2234, Refs.CIV_2230),
    STILL_SUSPENDED(Action.NONE, "This suspension ended, but another one continues: the clock stays stopped",
            Refs.CIV_2230),

    // ---------------------------------------------------------------------------------------- preclusive periods
    PRECLUSIVE_NO_ACKNOWLEDGEMENT(Action.NONE, "An acknowledgement or an agreement with the debtor does not interrupt "
            + "a preclusive period: only a court action or an enforcement measure does", Refs.CIV_2220,
            Refs.CIV_2241, Refs.CIV_2244),
    PRECLUSIVE_NO_SUSPENSION(Action.NONE, "The causes of suspension of limitation do not apply to a preclusive "
            + "period", Refs.CIV_2220, Refs.CIV_2239),
    CREDIT_PAYMENT(Action.CREDIT_PAYMENT, "A payment does not interrupt the preclusive period, but it regularises the "
            + "oldest unpaid instalments: the period runs from the first unregularised payment incident",
            Refs.CONSO_R312_35, Refs.CIV_2220),
    CREDIT_PAYMENT_NO_MOVE(Action.NONE, "A payment does not interrupt the preclusive period, and this one did not "
            + "regularise the first unpaid instalment", Refs.CONSO_R312_35, Refs.CIV_2220),
    CREDIT_PLAN(Action.CREDIT_PLAN, "After a rescheduling, the preclusive period runs from the first unregularised "
            + "payment incident after it", Refs.CONSO_R312_35),
    CREDIT_POSTPONE(Action.CREDIT_POSTPONE, "After a rescheduling, the preclusive period runs from the first "
            + "unregularised payment incident after it, at the earliest the new due date", Refs.CONSO_R312_35),
    CREDIT_ACCELERATION(Action.ACCELERATE, "The termination of the credit made the sums due: the period runs from "
            + "the earlier of the first unregularised payment incident and the termination", Refs.CONSO_R312_35),

    // ---------------------------------------------------------------------------------------- outcomes
    NOT_YET_RUNNING(Action.NONE, "The period has not started (the claim is not due yet): there is nothing to "
            + "interrupt", Refs.CIV_2233),
    ALREADY_PENDING(Action.NONE, "The period is already interrupted until the pending proceedings end",
            Refs.CIV_2242),
    UNMATCHED_END(Action.NONE, "This ends a suspension or proceedings that had no effect on the period"),
    AFTER_EXPIRY(Action.NONE, "The claim was already time-barred: this event does not revive it"),
    AFTER_EXPIRY_ACKNOWLEDGEMENT(Action.NONE, "The claim was already time-barred: an acknowledgement does not revive "
            + "it, but it may amount to a waiver of the limitation acquired, for a person to assess", Refs.CIV_2250,
            Refs.CIV_2251),
    AFTER_EXPIRY_PAYMENT(Action.NONE, "The claim was already time-barred: the payment does not revive it, cannot be "
            + "reclaimed for that reason, and may amount to a waiver of the limitation acquired, for a person to "
            + "assess", Refs.CIV_2249, Refs.CIV_2250, Refs.CIV_2251),
    AFTER_EXPIRY_COURT_ACTION(Action.NONE, "The claim was already time-barred when the action was brought: the debtor "
            + "may plead limitation (the court cannot raise it of its own motion)", Refs.CIV_2247),
    AFTER_EXPIRY_PRECLUSIVE(Action.NONE, "The preclusive period had already run out: this event does not reopen it",
            Refs.CIV_2220),

    // ---------------------------------------------------------------------------------------- Belgium
    BE_ACKNOWLEDGEMENT(Action.INTERRUPT, "An acknowledgement by the debtor interrupts limitation; a new period of the "
            + "same length runs from it", Refs.BE_2248),
    BE_PART_PAYMENT(Action.INTERRUPT, "A part payment acknowledges the debt and interrupts limitation; a new period "
            + "of the same length runs from it", Refs.BE_2248),
    BE_PAYMENT_PLAN(Action.INTERRUPT, "Agreeing a payment plan acknowledges the debt and interrupts limitation; a new "
            + "period of the same length runs from it", Refs.BE_2248),
    BE_DUE_DATE_POSTPONED(Action.POSTPONE, "Agreeing to postpone the due date acknowledges the debt: a new period "
            + "runs from the later of the agreement and the new due date", Refs.BE_2248),
    BE_PROMISE(Action.NONE, "A promise to pay interrupts limitation only as an acknowledgement the creditor can "
            + "prove; record it as an acknowledgement of the debt if it is one", Refs.BE_2248),
    BE_REMINDER(Action.NONE, "A reminder does not interrupt limitation: only a writ of summons, a command to pay, an "
            + "attachment or an acknowledgement by the debtor does", Refs.BE_2244, Refs.BE_2248),
    BE_FORMAL_NOTICE(Action.NONE, "A formal notice interrupts Belgian limitation only if the creditor's lawyer or "
            + "judicial officer sent it, by registered letter with receipt, to a debtor in Belgium (once, for one "
            + "year): the library cannot tell who sent it and gives it no effect", Refs.BE_2244_2),
    BE_COURT_ACTION(Action.OPEN_COURT, "A writ of summons interrupts limitation until the proceedings end",
            Refs.BE_2244),
    BE_WITHDRAWN(Action.VOID_END, "The claimant withdrew the action: the interruption is regarded as void",
            Refs.BE_2247),
    BE_LAPSED(Action.VOID_END, "The proceedings lapsed: the interruption is regarded as void", Refs.BE_2247),
    BE_DISMISSED(Action.VOID_END, "The claim was dismissed: the interruption is regarded as void", Refs.BE_2247),
    BE_COURT_ACTION_VOIDED(Action.NONE, "This action was later withdrawn, lapsed or dismissed: its interruption is "
            + "regarded as void", Refs.BE_2247),
    BE_DECISION(Action.DECISION, "The decision ended the proceedings: a new period runs from it", Refs.BE_2244),
    BE_TITLE(Action.TITLE, "The judgment, served on the debtor, is enforced within the ten-year period of personal "
            + "actions", Refs.BE_2262BIS),
    BE_ENFORCEMENT(Action.INTERRUPT_EXEMPT, "A command to pay or an attachment interrupts limitation; a new period of "
            + "the same length runs from it", Refs.BE_2244),
    BE_ACCELERATION(Action.ACCELERATE, "The acceleration made the remaining instalments due at once: their limitation "
            + "runs from it"),
    BE_NOT_APPLIED(Action.NONE, "The library does not apply a Belgian suspension or interruption for this event "
            + "(not confirmed in a source): the date shown may be too early; have it checked"),
    BE_SMALL_CLAIMS(Action.NONE, "The simplified small-claims procedure is French: it has no effect under Belgian "
            + "law"),
    BE_AFTER_EXPIRY_ACKNOWLEDGEMENT(Action.NONE, "The claim was already time-barred: an acknowledgement or a payment "
            + "does not revive it, but it may amount to a waiver of the limitation acquired, for a person to assess");

    /** What the replay of the timeline does for a cause. */
    enum Action {
        /** Nothing: the event has no effect on the period. */
        NONE,
        /** A new full period from the event, capped by the long-stop (C. civ. art. 2231, 2232). */
        INTERRUPT,
        /** A new full period from the event, beyond the long-stop (C. civ. art. 2232 al. 2, 2244). */
        INTERRUPT_EXEMPT,
        /** Court proceedings start: interrupted until they end. */
        OPEN_COURT,
        /** Court proceedings end without a decision: their interruption is void. */
        VOID_END,
        /** A decision ends court proceedings. */
        DECISION,
        /** A decision is served: the title's period starts. */
        TITLE,
        /** A proof of claim: interrupted until the insolvency proceedings close. */
        OPEN_INSOLVENCY,
        /** The insolvency proceedings close. */
        CLOSE_INSOLVENCY,
        /** A suspension starts. */
        SUSPEND,
        /** A suspension ends. */
        RESUME,
        /** The due date is postponed. */
        POSTPONE,
        /** The remaining instalments become due. */
        ACCELERATE,
        /** A consumer-credit payment may regularise the first unpaid instalment. */
        CREDIT_PAYMENT,
        /** A consumer-credit rescheduling. */
        CREDIT_PLAN,
        /** A consumer-credit due date postponed. */
        CREDIT_POSTPONE
    }

    private static final Cause[] ALL = values();
    /** The cause of each kind of event, by kind and state of the period (see {@link #of}). */
    private static final Cause[] TABLE = table();

    private final Action action;
    private final Reason reason;

    Cause(Action action, String text, LegalReference... references) {
        this.action = action;
        this.reason = Reason.of(text, references);
    }

    Action action() {
        return action;
    }

    Reason reason() {
        return reason;
    }

    /**
     * Returns the cause that explains an event, before the replay knows its outcome.
     *
     * @param event the kind of the event (see {@link Timeline})
     * @param france whether French law applies (else Belgian law)
     * @param kind the kind of the period running
     * @param incident whether a consumer-credit period still runs from the first unregularised incident
     * @param instalment whether the period is that of an instalment (or of a consumer credit), which an acceleration
     *     makes due
     * @return the cause
     */
    static Cause of(int event, boolean france, PeriodKind kind, boolean incident, boolean instalment) {
        return TABLE[event << 4 | (france ? 8 : 0) | (kind == PeriodKind.PRECLUSIVE ? 4 : 0) | (incident ? 2 : 0)
                | (instalment ? 1 : 0)];
    }

    private static Cause[] table() {
        Cause[] table = new Cause[Timeline.KINDS << 4];
        for (int index = 0; index < table.length; index++) {
            table[index] = compute(index >>> 4, (index & 8) != 0, (index & 4) != 0, (index & 2) != 0,
                    (index & 1) != 0);
        }
        return table;
    }

    private static Cause compute(int event, boolean france, boolean preclusive, boolean incident,
            boolean instalment) {
        switch (event) {
            case Timeline.PAYMENT:
                if (!france) {
                    return BE_PART_PAYMENT;
                }
                return preclusive ? (incident ? CREDIT_PAYMENT : PRECLUSIVE_NO_ACKNOWLEDGEMENT) : PART_PAYMENT;
            case Timeline.REMINDER:
                return france ? REMINDER : BE_REMINDER;
            case Timeline.NOTICE_SENT:
                return france ? FORMAL_NOTICE : BE_FORMAL_NOTICE;
            case Timeline.NOTICE_DELIVERED:
                return france ? FORMAL_NOTICE_DELIVERED : NEUTRAL;
            case Timeline.ACKNOWLEDGEMENT:
                return !france ? BE_ACKNOWLEDGEMENT : preclusive ? PRECLUSIVE_NO_ACKNOWLEDGEMENT : ACKNOWLEDGEMENT;
            case Timeline.PLAN:
                if (!france) {
                    return BE_PAYMENT_PLAN;
                }
                return preclusive ? CREDIT_PLAN : PAYMENT_PLAN;
            case Timeline.POSTPONEMENT:
                if (!france) {
                    return BE_DUE_DATE_POSTPONED;
                }
                return preclusive ? CREDIT_POSTPONE : DUE_DATE_POSTPONED;
            case Timeline.PROMISE:
                return france ? PROMISE : BE_PROMISE;
            case Timeline.ACCELERATION:
                if (preclusive && incident) {
                    return CREDIT_ACCELERATION;
                }
                if (!instalment) {
                    return ACCELERATION_NO_EFFECT;
                }
                return france ? ACCELERATION : BE_ACCELERATION;
            case Timeline.DISPUTE:
                return france ? DISPUTE : NEUTRAL;
            case Timeline.AMICABLE_STARTED:
                return suspension(AMICABLE_STARTED, france, preclusive);
            case Timeline.AMICABLE_ENDED:
                return suspension(AMICABLE_ENDED, france, preclusive);
            case Timeline.SMALL_CLAIMS_ACCEPTED:
                return suspension(SMALL_CLAIMS_ACCEPTED, france, preclusive);
            case Timeline.SMALL_CLAIMS_REFUSED:
                return suspension(SMALL_CLAIMS_REFUSED, france, preclusive);
            case Timeline.INQUIRY_ORDERED:
                return suspension(INQUIRY_ORDERED, france, preclusive);
            case Timeline.INQUIRY_COMPLETED:
                return suspension(INQUIRY_COMPLETED, france, preclusive);
            case Timeline.IMPEDIMENT_STARTED:
                return suspension(IMPEDIMENT_STARTED, france, preclusive);
            case Timeline.IMPEDIMENT_ENDED:
                return suspension(IMPEDIMENT_ENDED, france, preclusive);
            case Timeline.COURT_ACTION:
                return france ? COURT_ACTION : BE_COURT_ACTION;
            case Timeline.WITHDRAWN:
                return france ? WITHDRAWN : BE_WITHDRAWN;
            case Timeline.LAPSED:
                return france ? LAPSED : BE_LAPSED;
            case Timeline.DISMISSED:
                return france ? DISMISSED : BE_DISMISSED;
            case Timeline.DECISION:
                return france ? DECISION : BE_DECISION;
            case Timeline.SERVED:
                return france ? TITLE : BE_TITLE;
            case Timeline.ENFORCEMENT:
                return france ? ENFORCEMENT : BE_ENFORCEMENT;
            case Timeline.COMMAND_TO_PAY:
                return france ? COMMAND_TO_PAY : BE_ENFORCEMENT;
            case Timeline.CONSERVATORY_MEASURE:
                return france ? CONSERVATORY_MEASURE : BE_ENFORCEMENT;
            case Timeline.INSOLVENCY_OPENED:
                return france ? INSOLVENCY_OPENED : NEUTRAL;
            case Timeline.PROOF_OF_CLAIM:
                return france ? PROOF_OF_CLAIM : BE_NOT_APPLIED;
            case Timeline.INSOLVENCY_CLOSED:
                return france ? INSOLVENCY_CLOSED : BE_NOT_APPLIED;
            default:
                return NEUTRAL;
        }
    }

    private static Cause suspension(Cause cause, boolean france, boolean preclusive) {
        if (!france) {
            return cause == SMALL_CLAIMS_ACCEPTED || cause == SMALL_CLAIMS_REFUSED ? BE_SMALL_CLAIMS : BE_NOT_APPLIED;
        }
        return preclusive ? PRECLUSIVE_NO_SUSPENSION : cause;
    }

    /**
     * Returns the cause with a given ordinal.
     *
     * @param ordinal the ordinal
     * @return the cause
     */
    static Cause ofOrdinal(int ordinal) {
        return ALL[ordinal];
    }

    /**
     * Returns the cause that explains an event coming after the period ran out.
     *
     * @param kind the kind of the period
     * @return the cause
     */
    Cause afterExpiry(PeriodKind kind) {
        if (kind == PeriodKind.PRECLUSIVE) {
            return AFTER_EXPIRY_PRECLUSIVE;
        }
        switch (this) {
            case ACKNOWLEDGEMENT:
            case PAYMENT_PLAN:
            case DUE_DATE_POSTPONED:
                return AFTER_EXPIRY_ACKNOWLEDGEMENT;
            case PART_PAYMENT:
                return AFTER_EXPIRY_PAYMENT;
            case COURT_ACTION:
                return AFTER_EXPIRY_COURT_ACTION;
            case BE_ACKNOWLEDGEMENT:
            case BE_PART_PAYMENT:
            case BE_PAYMENT_PLAN:
            case BE_DUE_DATE_POSTPONED:
                return BE_AFTER_EXPIRY_ACKNOWLEDGEMENT;
            default:
                return AFTER_EXPIRY;
        }
    }

    /**
     * Tells whether the cause is an acknowledgement that, after expiry, may be a waiver for a person to assess.
     *
     * @return true for the after-expiry acknowledgement causes
     */
    boolean isPossibleWaiver() {
        return this == AFTER_EXPIRY_ACKNOWLEDGEMENT || this == AFTER_EXPIRY_PAYMENT
                || this == BE_AFTER_EXPIRY_ACKNOWLEDGEMENT;
    }

    /**
     * Returns the index of the suspension an event starts or ends: 0 to 2 for the amicable processes, 3 the
     * small-claims procedure, 4 a measure of inquiry, 5 an impediment.
     *
     * @param event a suspension event
     * @return the index
     */
    static int suspensionIndex(CaseEvent event) {
        if (event instanceof CaseEvent.AmicableProcessStarted started) {
            return started.process().ordinal();
        }
        if (event instanceof CaseEvent.AmicableProcessEnded ended) {
            return ended.process().ordinal();
        }
        if (event instanceof CaseEvent.SmallClaimsProcedureAccepted
                || event instanceof CaseEvent.SmallClaimsProcedureRefused) {
            return 3;
        }
        if (event instanceof CaseEvent.MeasureOfInquiryOrdered
                || event instanceof CaseEvent.MeasureOfInquiryCompleted) {
            return 4;
        }
        return 5;
    }

    /** The number of suspension indices. */
    static final int SUSPENSIONS = 6;

    /**
     * Tells whether the end of a suspension guarantees at least six more months (C. civ. art. 2238, 2239).
     *
     * @return true for the amicable processes, the small-claims procedure and measures of inquiry
     */
    boolean resumesForSixMonths() {
        return this == AMICABLE_ENDED || this == SMALL_CLAIMS_REFUSED || this == INQUIRY_COMPLETED;
    }
}
