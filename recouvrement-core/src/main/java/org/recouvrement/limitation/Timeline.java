package org.recouvrement.limitation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.EnforcementKind;

/**
 * A case's timeline as the limitation replay reads it: each event's day and kind, read once, and each end of court
 * proceedings paired with the action it ends.
 *
 * <p>Every period of a claim (one per instalment) is replayed over the same timeline, so the events are read once
 * into arrays of epoch days and kind codes that every replay shares: the replay then neither calls the events'
 * accessors again nor tells their types apart.
 *
 * <p>A suspension that ends without having started, or ends before it started, and court proceedings withdrawn,
 * lapsed or dismissed without an action pending, raise {@link InconsistentTimelineException}. A decision without an
 * action recorded before it is accepted: it is taken to end proceedings brought on its date.
 */
final class Timeline {

    // The kinds of event limitation tells apart.
    static final int OTHER = 0;
    static final int PAYMENT = 1;
    static final int REMINDER = 2;
    static final int NOTICE_SENT = 3;
    static final int NOTICE_DELIVERED = 4;
    static final int ACKNOWLEDGEMENT = 5;
    static final int PLAN = 6;
    static final int POSTPONEMENT = 7;
    static final int PROMISE = 8;
    static final int ACCELERATION = 9;
    static final int DISPUTE = 10;
    static final int AMICABLE_STARTED = 11;
    static final int AMICABLE_ENDED = 12;
    static final int SMALL_CLAIMS_ACCEPTED = 13;
    static final int SMALL_CLAIMS_REFUSED = 14;
    static final int INQUIRY_ORDERED = 15;
    static final int INQUIRY_COMPLETED = 16;
    static final int IMPEDIMENT_STARTED = 17;
    static final int IMPEDIMENT_ENDED = 18;
    static final int COURT_ACTION = 19;
    static final int WITHDRAWN = 20;
    static final int LAPSED = 21;
    static final int DISMISSED = 22;
    static final int DECISION = 23;
    static final int SERVED = 24;
    static final int ENFORCEMENT = 25;
    static final int INSOLVENCY_OPENED = 26;
    static final int PROOF_OF_CLAIM = 27;
    static final int INSOLVENCY_CLOSED = 28;
    static final int COMMAND_TO_PAY = 29;
    static final int CONSERVATORY_MEASURE = 30;

    /** The number of kinds. */
    static final int KINDS = 31;

    private static final int NONE = -1;

    private final List<CaseEvent> events;
    private final int count;
    private final long[] days;
    // Each event's kind in the low five bits, and for a suspension its index (Cause#suspensionIndex) above them.
    private final byte[] kinds;
    private final int[] pairedFiling;
    private final boolean[] voided;

    private Timeline(List<CaseEvent> events, int count, long[] days, byte[] kinds, int[] pairedFiling,
            boolean[] voided) {
        this.events = events;
        this.count = count;
        this.days = days;
        this.kinds = kinds;
        this.pairedFiling = pairedFiling;
        this.voided = voided;
    }

    /**
     * Reads and checks a timeline, and pairs its court events.
     *
     * @param events the events, in canonical order
     * @param asOf the date asked about: only the events on or before it are replayed and paired
     * @return the timeline
     * @throws InconsistentTimelineException if the timeline cannot be read
     */
    static Timeline read(List<CaseEvent> events, LocalDate asOf) {
        int size = events.size();
        long last = asOf.toEpochDay();
        long[] days = new long[size];
        byte[] kinds = new byte[size];
        int count = 0;
        int[] open = null;
        int[] stack = null;
        int depth = 0;
        int[] paired = null;
        boolean[] voided = null;
        for (int i = 0; i < size; i++) {
            CaseEvent event = events.get(i);
            long day = event.date().toEpochDay();
            int kind = kindOf(event);
            int index = isSuspensionStart(kind) || isSuspensionEnd(kind) ? Cause.suspensionIndex(event) : 0;
            days[i] = day;
            kinds[i] = (byte) (kind | index << 5);
            if (count == i && day <= last) {
                count = i + 1;
            }
            if (isSuspensionStart(kind) || isSuspensionEnd(kind)) {
                if (open == null) {
                    open = new int[Cause.SUSPENSIONS];
                }
                if (isSuspensionStart(kind)) {
                    open[index]++;
                } else if (open[index] == 0 && kind == SMALL_CLAIMS_REFUSED) {
                    // The debtor refused the judicial officer's invitation outright: nothing was suspended.
                    continue;
                } else if (open[index] == 0) {
                    throw unmatchedEnd(events, i, index);
                } else {
                    open[index]--;
                }
            } else if (kind == COURT_ACTION || isCourtEnd(kind) || kind == DECISION) {
                if (stack == null) {
                    stack = new int[size];
                    paired = new int[size];
                    voided = new boolean[size];
                    Arrays.fill(paired, NONE);
                }
                if (kind == COURT_ACTION) {
                    stack[depth++] = i;
                } else if (depth > 0) {
                    int filing = stack[--depth];
                    if (i < count) {
                        paired[i] = filing;
                        voided[filing] = isCourtEnd(kind);
                    }
                } else if (isCourtEnd(kind)) {
                    throw new InconsistentTimelineException(event.getClass().getSimpleName() + ".date", event.date(),
                            "ends no court action: no CourtActionFiled is pending on that date");
                }
            }
        }
        return new Timeline(events, count, days, kinds, paired, voided);
    }

    /**
     * Returns the events.
     *
     * @return the events, in canonical order, including those after the date asked about
     */
    List<CaseEvent> events() {
        return events;
    }

    /**
     * Returns the number of events on or before the date asked about: those replayed.
     *
     * @return the count
     */
    int count() {
        return count;
    }

    /**
     * Returns an event's day.
     *
     * @param index the index of the event
     * @return its date, as an epoch day
     */
    long day(int index) {
        return days[index];
    }

    /**
     * Returns an event's kind.
     *
     * @param index the index of the event
     * @return one of the kind codes of this class
     */
    int kind(int index) {
        return kinds[index] & 0x1F;
    }

    /**
     * Returns the index of the suspension an event starts or ends (see {@link Cause#suspensionIndex(CaseEvent)}).
     *
     * @param index the index of the event
     * @return the suspension's index, zero for other events
     */
    int suspensionIndex(int index) {
        return (kinds[index] & 0xFF) >>> 5;
    }

    /**
     * Returns the new due date a postponement agreed.
     *
     * @param index the index of a {@link CaseEvent.DueDatePostponed}
     * @return the new due date, as an epoch day
     */
    long newDueDate(int index) {
        return ((CaseEvent.DueDatePostponed) events.get(index)).newDueDate().toEpochDay();
    }

    /**
     * Tells whether the timeline holds court actions or decisions.
     *
     * @return true if some court event was paired or left pending
     */
    boolean hasCourtEvents() {
        return pairedFiling != null;
    }

    /**
     * Returns the index of the court action an end of proceedings (or a decision) ends.
     *
     * @param index the index of the end event
     * @return the index of the action, or -1 if none
     */
    int pairedFiling(int index) {
        return pairedFiling == null ? NONE : pairedFiling[index];
    }

    /**
     * Tells whether a court action's interruption is void: it was withdrawn, lapsed or finally dismissed on or
     * before the date asked about.
     *
     * @param index the index of the action
     * @return true if void
     */
    boolean isVoided(int index) {
        return voided != null && voided[index];
    }

    /**
     * Tells whether the timeline up to the date asked about records the service of a decision.
     *
     * @return true if a {@link CaseEvent.DecisionServed} is replayed
     */
    boolean hasService() {
        for (int i = 0; i < count; i++) {
            if ((kinds[i] & 0x1F) == SERVED) {
                return true;
            }
        }
        return false;
    }

    private static int kindOf(CaseEvent event) {
        if (event instanceof CaseEvent.PaymentReceived) {
            return PAYMENT;
        }
        if (event instanceof CaseEvent.ReminderSent) {
            return REMINDER;
        }
        if (event instanceof CaseEvent.FormalNoticeSent) {
            return NOTICE_SENT;
        }
        if (event instanceof CaseEvent.FormalNoticeDelivered) {
            return NOTICE_DELIVERED;
        }
        if (event instanceof CaseEvent.DebtAcknowledged) {
            return ACKNOWLEDGEMENT;
        }
        if (event instanceof CaseEvent.PaymentPlanAgreed) {
            return PLAN;
        }
        if (event instanceof CaseEvent.DueDatePostponed) {
            return POSTPONEMENT;
        }
        if (event instanceof CaseEvent.PromiseToPay) {
            return PROMISE;
        }
        if (event instanceof CaseEvent.AccelerationDeclared) {
            return ACCELERATION;
        }
        if (event instanceof CaseEvent.DisputeOpened || event instanceof CaseEvent.DisputeClosed) {
            return DISPUTE;
        }
        if (event instanceof CaseEvent.AmicableProcessStarted) {
            return AMICABLE_STARTED;
        }
        if (event instanceof CaseEvent.AmicableProcessEnded) {
            return AMICABLE_ENDED;
        }
        if (event instanceof CaseEvent.SmallClaimsProcedureAccepted) {
            return SMALL_CLAIMS_ACCEPTED;
        }
        if (event instanceof CaseEvent.SmallClaimsProcedureRefused) {
            return SMALL_CLAIMS_REFUSED;
        }
        if (event instanceof CaseEvent.MeasureOfInquiryOrdered) {
            return INQUIRY_ORDERED;
        }
        if (event instanceof CaseEvent.MeasureOfInquiryCompleted) {
            return INQUIRY_COMPLETED;
        }
        if (event instanceof CaseEvent.ImpedimentStarted) {
            return IMPEDIMENT_STARTED;
        }
        if (event instanceof CaseEvent.ImpedimentEnded) {
            return IMPEDIMENT_ENDED;
        }
        return proceedingsKindOf(event);
    }

    private static int proceedingsKindOf(CaseEvent event) {
        if (event instanceof CaseEvent.CourtActionFiled) {
            return COURT_ACTION;
        }
        if (event instanceof CaseEvent.CourtActionWithdrawn) {
            return WITHDRAWN;
        }
        if (event instanceof CaseEvent.CourtActionLapsed) {
            return LAPSED;
        }
        if (event instanceof CaseEvent.CourtActionDismissed) {
            return DISMISSED;
        }
        if (event instanceof CaseEvent.DecisionRendered) {
            return DECISION;
        }
        if (event instanceof CaseEvent.DecisionServed) {
            return SERVED;
        }
        if (event instanceof CaseEvent.EnforcementMeasureTaken measure) {
            EnforcementKind kind = measure.kind();
            return kind == EnforcementKind.COMMAND_TO_PAY ? COMMAND_TO_PAY
                    : kind == EnforcementKind.CONSERVATORY_MEASURE ? CONSERVATORY_MEASURE : ENFORCEMENT;
        }
        if (event instanceof CaseEvent.InsolvencyOpened) {
            return INSOLVENCY_OPENED;
        }
        if (event instanceof CaseEvent.ProofOfClaimFiled) {
            return PROOF_OF_CLAIM;
        }
        if (event instanceof CaseEvent.InsolvencyClosed) {
            return INSOLVENCY_CLOSED;
        }
        return OTHER;
    }

    private static InconsistentTimelineException unmatchedEnd(List<CaseEvent> events, int end, int index) {
        CaseEvent event = events.get(end);
        String what = what(index);
        for (int j = end + 1; j < events.size(); j++) {
            CaseEvent later = events.get(j);
            if (isSuspensionStart(kindOf(later)) && Cause.suspensionIndex(later) == index) {
                LocalDate start = later.date();
                return new InconsistentTimelineException(event.getClass().getSimpleName() + ".date", event.date(),
                        "is before the start of the " + what + " it ends, on " + start);
            }
        }
        return new InconsistentTimelineException(event.getClass().getSimpleName() + ".date", event.date(),
                "ends a " + what + " that never started: record its start first");
    }

    private static String what(int index) {
        switch (index) {
            case 0: return "mediation";
            case 1: return "conciliation";
            case 2: return "participatory procedure";
            case 3: return "small-claims procedure";
            case 4: return "measure of inquiry";
            default: return "impediment";
        }
    }

    static boolean isSuspensionStart(int kind) {
        return kind == AMICABLE_STARTED || kind == SMALL_CLAIMS_ACCEPTED || kind == INQUIRY_ORDERED
                || kind == IMPEDIMENT_STARTED;
    }

    static boolean isSuspensionEnd(int kind) {
        return kind == AMICABLE_ENDED || kind == SMALL_CLAIMS_REFUSED || kind == INQUIRY_COMPLETED
                || kind == IMPEDIMENT_ENDED;
    }

    private static boolean isCourtEnd(int kind) {
        return kind == WITHDRAWN || kind == LAPSED || kind == DISMISSED;
    }
}
