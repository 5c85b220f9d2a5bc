package org.recouvrement.limitation;

import java.time.LocalDate;
import java.util.List;
import org.recouvrement.recovery.CaseEvent;

/**
 * Checks that a timeline can be read for limitation, and pairs each end of court proceedings with the action it
 * ends.
 *
 * <p>A suspension that ends without having started, or ends before it started, and court proceedings withdrawn,
 * lapsed or dismissed without an action pending, raise {@link InconsistentTimelineException}. A decision without an
 * action recorded before it is accepted: it is taken to end proceedings brought on its date.
 */
final class Timeline {

    private static final int NONE = -1;

    private final int[] pairedFiling;
    private final boolean[] voided;

    private Timeline(int[] pairedFiling, boolean[] voided) {
        this.pairedFiling = pairedFiling;
        this.voided = voided;
    }

    /**
     * Checks a timeline and pairs its court events.
     *
     * @param events the events, in canonical order
     * @param count the number of events on or before the date asked about; only those are paired
     * @return the pairing, or {@code null} when the timeline holds no court action nor decision
     * @throws InconsistentTimelineException if the timeline cannot be read
     */
    static Timeline check(List<CaseEvent> events, int count) {
        int[] open = null;
        int[] stack = null;
        int depth = 0;
        int[] paired = null;
        boolean[] voided = null;
        int size = events.size();
        for (int i = 0; i < size; i++) {
            CaseEvent event = events.get(i);
            if (isSuspensionStart(event) || isSuspensionEnd(event)) {
                if (open == null) {
                    open = new int[Cause.SUSPENSIONS];
                }
                int index = Cause.suspensionIndex(event);
                if (isSuspensionStart(event)) {
                    open[index]++;
                } else if (open[index] == 0 && event instanceof CaseEvent.SmallClaimsProcedureRefused) {
                    // The debtor refused the judicial officer's invitation outright: nothing was suspended.
                    continue;
                } else if (open[index] == 0) {
                    throw unmatchedEnd(events, i, index);
                } else {
                    open[index]--;
                }
            } else if (event instanceof CaseEvent.CourtActionFiled || isCourtEnd(event)
                    || event instanceof CaseEvent.DecisionRendered) {
                if (stack == null) {
                    stack = new int[size];
                    paired = new int[count];
                    voided = new boolean[count];
                    java.util.Arrays.fill(paired, NONE);
                }
                if (event instanceof CaseEvent.CourtActionFiled) {
                    stack[depth++] = i;
                } else if (depth > 0) {
                    int filing = stack[--depth];
                    if (i < count) {
                        paired[i] = filing;
                        voided[filing] = isCourtEnd(event);
                    }
                } else if (isCourtEnd(event)) {
                    throw new InconsistentTimelineException(event.getClass().getSimpleName() + ".date", event.date(),
                            "ends no court action: no CourtActionFiled is pending on that date");
                }
            }
        }
        return stack == null ? null : new Timeline(paired, voided);
    }

    /**
     * Returns the index of the court action an end of proceedings (or a decision) ends.
     *
     * @param index the index of the end event
     * @return the index of the action, or -1 if none
     */
    int pairedFiling(int index) {
        return pairedFiling[index];
    }

    /**
     * Tells whether a court action's interruption is void: it was withdrawn, lapsed or finally dismissed on or
     * before the date asked about.
     *
     * @param index the index of the action
     * @return true if void
     */
    boolean isVoided(int index) {
        return voided[index];
    }

    private static InconsistentTimelineException unmatchedEnd(List<CaseEvent> events, int end, int index) {
        CaseEvent event = events.get(end);
        String what = what(index);
        for (int j = end + 1; j < events.size(); j++) {
            CaseEvent later = events.get(j);
            if (isSuspensionStart(later) && Cause.suspensionIndex(later) == index) {
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

    static boolean isSuspensionStart(CaseEvent event) {
        return event instanceof CaseEvent.AmicableProcessStarted
                || event instanceof CaseEvent.SmallClaimsProcedureAccepted
                || event instanceof CaseEvent.MeasureOfInquiryOrdered
                || event instanceof CaseEvent.ImpedimentStarted;
    }

    static boolean isSuspensionEnd(CaseEvent event) {
        return event instanceof CaseEvent.AmicableProcessEnded
                || event instanceof CaseEvent.SmallClaimsProcedureRefused
                || event instanceof CaseEvent.MeasureOfInquiryCompleted
                || event instanceof CaseEvent.ImpedimentEnded;
    }

    private static boolean isCourtEnd(CaseEvent event) {
        return event instanceof CaseEvent.CourtActionWithdrawn
                || event instanceof CaseEvent.CourtActionLapsed
                || event instanceof CaseEvent.CourtActionDismissed;
    }
}
