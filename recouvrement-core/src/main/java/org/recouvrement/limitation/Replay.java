package org.recouvrement.limitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.recovery.CaseEvent;

/**
 * Replays a case's timeline against one limitation period (the claim's, or one instalment's) and says where it
 * stands on the date asked about.
 *
 * <p>The replay walks the events in order, keeping the state of the clock in local variables so that it allocates
 * only its result: whether the period has started, its last day while it runs, the days left while it is stopped by
 * a suspension, the pending proceedings, the long-stop. Each event's effect and cause are recorded.
 */
final class Replay {

    private Replay() {
    }

    /**
     * What a replay needs besides the period's own start.
     *
     * @param events the case's events, in canonical order
     * @param count how many of them are on or before {@code asOf}
     * @param timeline the pairing of court events, or {@code null} if there are none
     * @param rule the rule of the claim's period
     * @param titleRule the rule of a judicial title, once a decision is served
     * @param asOf the date asked about
     */
    record Input(List<CaseEvent> events, int count, Timeline timeline, LimitationRule rule, LimitationRule titleRule,
            LocalDate asOf) {
    }

    /**
     * The outcome of a replay.
     *
     * @param status the status on the date asked about
     * @param expiry the last day of the period, or {@code null} while the clock is stopped
     * @param periodStart the day the current period runs from
     * @param rule the rule of the current period (the title's, once a decision was served)
     * @param longStop the long-stop still capping the period, or {@code null}
     * @param remainingDays the days left (see {@link LimitationAssessment#remainingDays()})
     * @param effects each event's effect, by index
     * @param causes each event's cause, by index
     * @param after the last day after each event, by index, or {@code null} while the clock was stopped
     * @param expiredByLongStop whether the period ran out at the long-stop
     * @param titleAfterExpiry whether a decision was served after the claim had become time-barred
     */
    record Outcome(LimitationStatus status, LocalDate expiry, LocalDate periodStart, LimitationRule rule,
            LocalDate longStop, long remainingDays, EventEffect[] effects, Cause[] causes, LocalDate[] after,
            boolean expiredByLongStop, boolean titleAfterExpiry) {
    }

    /**
     * Replays the timeline for one period.
     *
     * @param in the case's timeline and rules
     * @param partStart the day the period runs from, absent any event
     * @param instalment whether the period is an instalment's, which an acceleration brings forward
     * @param schedule for a consumer credit, the instalments whose first unregularised incident starts the period;
     *     otherwise {@code null}
     * @return the outcome
     */
    static Outcome run(Input in, LocalDate partStart, boolean instalment, List<Instalment> schedule) {
        final List<CaseEvent> events = in.events();
        final int n = in.count();
        final LocalDate asOf = in.asOf();
        EventEffect[] effects = new EventEffect[n];
        Cause[] causes = new Cause[n];
        LocalDate[] after = new LocalDate[n];

        LimitationRule rule = in.rule();
        final boolean france = rule.jurisdiction() == Jurisdiction.FRANCE;
        boolean started = false;
        LocalDate pendingStart = partStart;
        LocalDate periodStart = partStart;
        LocalDate expiry = null;
        long frozen = 0;
        int suspended = 0;
        int[] depth = null;
        int court = 0;
        int insolvency = 0;
        LocalDate longStop = null;
        boolean longStopDecided = false;
        boolean converted = false;
        boolean exempt = false;
        LocalDate expiredOn = null;
        boolean expiredByLongStop = false;
        boolean titleAfterExpiry = false;
        boolean incident = schedule != null;
        List<Instalment> plan = schedule;
        int unpaid = 0;
        BigDecimal credit = BigDecimal.ZERO;
        LocalDate termination = null;
        LocalDate rescheduled = null;

        int i = 0;
        while (true) {
            final LocalDate next = i < n ? events.get(i).date() : asOf;
            if (!started && expiredOn == null && !pendingStart.isAfter(next)) {
                // The period starts running (C. civ. art. 2233: not before the claim is due).
                started = true;
                periodStart = pendingStart;
                if (!longStopDecided) {
                    // The long-stop runs from the birth of the right, the day the period first starts (its term,
                    // C. civ. art. 2232 al. 2 excluding art. 2233); not applied to rights born before loi 2008-561.
                    longStopDecided = true;
                    if (!exempt && rule.isCappedByLongStop() && !pendingStart.isBefore(LawDates.REFORM_2008)) {
                        longStop = LimitationArithmetic.longStop(pendingStart);
                    }
                }
                LocalDate last = capped(rule.lastDayUnderVersionOf(pendingStart), longStop, exempt);
                if (court == 0 && insolvency == 0) {
                    if (suspended > 0) {
                        frozen = LimitationArithmetic.daysBetween(pendingStart, last);
                    } else {
                        expiry = last;
                    }
                }
                continue;
            }
            if (!converted && started && expiredOn == null) {
                LimitationPeriod shorter = rule.shorterVersionAfter(periodStart);
                if (shorter != null && !shorter.inForce().startInclusive().isAfter(next)) {
                    // C. civ. art. 2222 al. 2: the shorter period runs from the day the new law came into force,
                    // without exceeding the former one.
                    converted = true;
                    LocalDate reform = shorter.inForce().startInclusive();
                    LocalDate newLast = LimitationArithmetic.lastDay(reform, shorter.length());
                    if (court == 0 && insolvency == 0) {
                        if (suspended > 0) {
                            frozen = Math.min(frozen, LimitationArithmetic.daysBetween(reform, newLast));
                        } else if (!LimitationArithmetic.isTimeBarredOn(expiry, reform)) {
                            expiry = LimitationArithmetic.earlier(expiry, newLast);
                        }
                    }
                }
            }
            if (expiredOn == null && started && court == 0 && insolvency == 0) {
                if (suspended == 0) {
                    if (LimitationArithmetic.isTimeBarredOn(expiry, next)) {
                        expiredOn = expiry;
                        expiredByLongStop = !exempt && expiry.equals(longStop);
                    }
                } else if (!exempt && longStop != null && LimitationArithmetic.isTimeBarredOn(longStop, next)) {
                    expiredOn = longStop;
                    expiredByLongStop = true;
                }
                if (expiredOn != null) {
                    // Nothing stops or keeps a time-barred claim: only a title served later starts a new period. The
                    // suspensions still under way are kept count of: they stop the title's period if it starts
                    // before they end (C. civ. art. 2230).
                }
            }
            if (i == n) {
                break;
            }

            final CaseEvent event = events.get(i);
            final LocalDate d = event.date();
            Cause cause = Cause.of(event, france, rule.kind(), incident, instalment);
            EventEffect effect = EventEffect.NO_EFFECT;
            LocalDate moveTo = null;
            Cause noMove = cause;
            Cause.Action action = cause.action();

            if (action == Cause.Action.VOID_END) {
                int filing = in.timeline().pairedFiling(i);
                if (filing >= 0 && effects[filing] == EventEffect.VOIDED) {
                    effect = EventEffect.VOIDED;
                } else {
                    cause = Cause.UNMATCHED_END;
                }
            } else if (expiredOn != null && action != Cause.Action.NONE && action != Cause.Action.TITLE) {
                effect = EventEffect.AFTER_EXPIRY;
                cause = cause.afterExpiry(rule.kind());
                if (action == Cause.Action.SUSPEND) {
                    if (depth == null) {
                        depth = new int[Cause.SUSPENSIONS];
                    }
                    depth[Cause.suspensionIndex(event)]++;
                    suspended++;
                } else if (action == Cause.Action.RESUME && depth != null
                        && depth[Cause.suspensionIndex(event)] > 0) {
                    depth[Cause.suspensionIndex(event)]--;
                    suspended--;
                }
            } else {
                switch (action) {
                    case INTERRUPT:
                    case INTERRUPT_EXEMPT:
                        if (court > 0 || insolvency > 0) {
                            cause = Cause.ALREADY_PENDING;
                        } else if (!started) {
                            cause = Cause.NOT_YET_RUNNING;
                        } else {
                            if (action == Cause.Action.INTERRUPT_EXEMPT) {
                                exempt = true;
                            }
                            LocalDate last = capped(rule.lastDayUnderVersionOf(d), longStop, exempt);
                            periodStart = d;
                            if (suspended > 0) {
                                frozen = Math.max(frozen, LimitationArithmetic.daysBetween(d, last));
                            } else {
                                expiry = LimitationArithmetic.later(expiry, last);
                            }
                            effect = EventEffect.INTERRUPTED;
                        }
                        break;
                    case OPEN_COURT:
                        if (in.timeline().isVoided(i)) {
                            effect = EventEffect.VOIDED;
                            cause = france ? Cause.COURT_ACTION_VOIDED : Cause.BE_COURT_ACTION_VOIDED;
                        } else {
                            court++;
                            exempt = true;
                            effect = EventEffect.INTERRUPTED_UNTIL_PROCEEDINGS_END;
                        }
                        break;
                    case OPEN_INSOLVENCY:
                        insolvency++;
                        exempt = true;
                        effect = EventEffect.INTERRUPTED_UNTIL_PROCEEDINGS_END;
                        break;
                    case DECISION:
                    case CLOSE_INSOLVENCY: {
                        boolean ends;
                        if (action == Cause.Action.DECISION) {
                            int filing = in.timeline().pairedFiling(i);
                            // A title served ends every pending action: a later decision is a new one.
                            boolean pending = filing >= 0 && court > 0
                                    && effects[filing] == EventEffect.INTERRUPTED_UNTIL_PROCEEDINGS_END;
                            ends = pending;
                            if (ends) {
                                court--;
                            } else if (filing >= 0 && effects[filing] != EventEffect.INTERRUPTED_UNTIL_PROCEEDINGS_END) {
                                cause = Cause.UNMATCHED_END;
                            } else if (court > 0 || insolvency > 0) {
                                cause = Cause.ALREADY_PENDING;
                            } else if (!started) {
                                cause = Cause.NOT_YET_RUNNING;
                            } else {
                                // A decision without a recorded action: proceedings brought and ended on its date.
                                exempt = true;
                                ends = true;
                                cause = Cause.DECISION_WITHOUT_ACTION;
                            }
                        } else {
                            ends = insolvency > 0;
                            insolvency = 0;
                            if (!ends) {
                                cause = Cause.INSOLVENCY_CLOSED_WITHOUT_PROOF;
                            }
                        }
                        if (ends) {
                            if (court > 0 || insolvency > 0) {
                                cause = action == Cause.Action.DECISION ? Cause.DECISION_WHILE_OTHER_PENDING
                                        : Cause.ALREADY_PENDING;
                            } else if (!started) {
                                cause = Cause.NOT_YET_RUNNING;
                            } else {
                                LocalDate last = rule.lastDayUnderVersionOf(d);
                                periodStart = d;
                                boolean withoutAction = cause == Cause.DECISION_WITHOUT_ACTION;
                                if (suspended > 0) {
                                    frozen = LimitationArithmetic.daysBetween(d, last);
                                } else if (withoutAction) {
                                    expiry = LimitationArithmetic.later(expiry, last);
                                } else {
                                    // The proceedings kept the period interrupted until they ended (C. civ.
                                    // art. 2242): the new period, under the law in force on that day, replaces
                                    // whatever ran before them (art. 2231), a former, longer one included.
                                    expiry = last;
                                }
                                effect = withoutAction ? EventEffect.INTERRUPTED : EventEffect.PERIOD_RESTARTED;
                            }
                        }
                        break;
                    }
                    case TITLE: {
                        titleAfterExpiry |= expiredOn != null;
                        rule = in.titleRule();
                        expiredOn = null;
                        expiredByLongStop = false;
                        started = true;
                        court = 0;
                        incident = false;
                        longStop = null;
                        exempt = true;
                        periodStart = d;
                        LocalDate last = rule.lastDayUnderVersionOf(d);
                        if (suspended > 0) {
                            frozen = LimitationArithmetic.daysBetween(d, last);
                        } else {
                            expiry = last;
                        }
                        effect = EventEffect.TITLE_PERIOD_STARTED;
                        break;
                    }
                    case SUSPEND: {
                        if (depth == null) {
                            depth = new int[Cause.SUSPENSIONS];
                        }
                        depth[Cause.suspensionIndex(event)]++;
                        if (suspended == 0 && started && court == 0 && insolvency == 0) {
                            frozen = LimitationArithmetic.daysBetween(d, expiry);
                        }
                        suspended++;
                        effect = EventEffect.SUSPENDED;
                        break;
                    }
                    case RESUME: {
                        int index = Cause.suspensionIndex(event);
                        if (depth == null || depth[index] == 0) {
                            cause = Cause.UNMATCHED_END;
                            break;
                        }
                        depth[index]--;
                        suspended--;
                        boolean running = started && court == 0 && insolvency == 0;
                        if (cause.resumesForSixMonths() && running) {
                            // C. civ. art. 2238 al. 2, 2239 al. 2: the period resumes "for a duration that cannot be
                            // less than six months" from the day the process or measure ended. While another
                            // suspension still stops the clock, that duration is kept until the clock runs again
                            // (art. 2230).
                            frozen = Math.max(frozen, LimitationArithmetic.daysBetween(d,
                                    LimitationArithmetic.resumptionFloor(d)));
                        }
                        if (suspended > 0) {
                            effect = EventEffect.SUSPENDED;
                            cause = Cause.STILL_SUSPENDED;
                        } else {
                            if (running) {
                                expiry = capped(LimitationArithmetic.plusDays(d, frozen), longStop, exempt);
                            }
                            effect = EventEffect.RESUMED;
                        }
                        break;
                    }
                    case POSTPONE: {
                        LocalDate restart = LimitationArithmetic.later(d,
                                ((CaseEvent.DueDatePostponed) event).newDueDate());
                        if (court > 0 || insolvency > 0) {
                            cause = Cause.ALREADY_PENDING;
                        } else if (!started) {
                            if (restart.isAfter(pendingStart)) {
                                pendingStart = restart;
                                effect = EventEffect.START_MOVED;
                            } else {
                                cause = Cause.NOT_YET_RUNNING;
                            }
                        } else if (restart.isAfter(d)) {
                            started = false;
                            pendingStart = restart;
                            effect = EventEffect.START_MOVED;
                        } else {
                            LocalDate last = capped(rule.lastDayUnderVersionOf(d), longStop, exempt);
                            periodStart = d;
                            if (suspended > 0) {
                                frozen = Math.max(frozen, LimitationArithmetic.daysBetween(d, last));
                            } else {
                                expiry = LimitationArithmetic.later(expiry, last);
                            }
                            effect = EventEffect.INTERRUPTED;
                        }
                        break;
                    }
                    case ACCELERATE: {
                        if (incident) {
                            termination = termination == null ? d : LimitationArithmetic.earlier(termination, d);
                            rescheduled = null;
                            moveTo = firstUnregularised(plan, unpaid, termination);
                        } else if (!started && pendingStart.isAfter(d)) {
                            moveTo = d;
                        }
                        noMove = Cause.ACCELERATION_NO_EFFECT;
                        if (moveTo == null) {
                            cause = Cause.ACCELERATION_NO_EFFECT;
                        }
                        break;
                    }
                    case CREDIT_PAYMENT: {
                        credit = credit.add(((CaseEvent.PaymentReceived) event).amount().value());
                        while (unpaid < plan.size() - 1 && credit.compareTo(plan.get(unpaid).amount().value()) >= 0) {
                            credit = credit.subtract(plan.get(unpaid).amount().value());
                            unpaid++;
                        }
                        if (court > 0 || insolvency > 0) {
                            cause = Cause.ALREADY_PENDING;
                            break;
                        }
                        moveTo = firstUnregularised(plan, unpaid, termination);
                        if (rescheduled != null) {
                            moveTo = LimitationArithmetic.later(moveTo, rescheduled);
                        }
                        noMove = Cause.CREDIT_PAYMENT_NO_MOVE;
                        break;
                    }
                    case CREDIT_PLAN: {
                        if (court > 0 || insolvency > 0) {
                            cause = Cause.ALREADY_PENDING;
                            break;
                        }
                        incident = true;
                        plan = ((CaseEvent.PaymentPlanAgreed) event).instalments();
                        unpaid = 0;
                        credit = BigDecimal.ZERO;
                        termination = null;
                        // The period runs from the first unregularised incident after the rescheduling: never earlier.
                        moveTo = LimitationArithmetic.later(firstUnregularised(plan, unpaid, termination),
                                started ? periodStart : pendingStart);
                        rescheduled = moveTo;
                        break;
                    }
                    case CREDIT_POSTPONE: {
                        if (court > 0 || insolvency > 0) {
                            cause = Cause.ALREADY_PENDING;
                            break;
                        }
                        LocalDate newDue = ((CaseEvent.DueDatePostponed) event).newDueDate();
                        LocalDate current = started ? periodStart : pendingStart;
                        if (newDue.isAfter(current)) {
                            moveTo = newDue;
                            rescheduled = newDue;
                        } else {
                            cause = Cause.PRECLUSIVE_NO_ACKNOWLEDGEMENT;
                        }
                        break;
                    }
                    default:
                        break;
                }
            }

            if (moveTo != null) {
                LocalDate current = started ? periodStart : pendingStart;
                if (moveTo.equals(current) || (started && moveTo.isBefore(current))) {
                    // A running period only moves later: the last interruption or incident still counts.
                    cause = noMove;
                } else if (moveTo.isAfter(d)) {
                    started = false;
                    pendingStart = moveTo;
                    effect = EventEffect.START_MOVED;
                } else if (!started) {
                    pendingStart = moveTo;
                    effect = EventEffect.START_MOVED;
                } else {
                    periodStart = moveTo;
                    LocalDate last = capped(rule.lastDayUnderVersionOf(moveTo), longStop, exempt);
                    expiry = expiry == null ? last : LimitationArithmetic.later(expiry, last);
                    effect = EventEffect.START_MOVED;
                }
            }

            effects[i] = effect;
            causes[i] = cause;
            after[i] = expiredOn != null ? expiredOn
                    : started && suspended == 0 && court == 0 && insolvency == 0 ? expiry : null;
            i++;
        }

        LimitationStatus status;
        LocalDate shown = null;
        long remaining;
        LocalDate cap = exempt ? null : longStop;
        if (expiredOn != null) {
            status = LimitationStatus.EXPIRED;
            shown = expiredOn;
            remaining = 0;
        } else if (!started) {
            status = LimitationStatus.NOT_YET_RUNNING;
            if (cap == null && !exempt && rule.isCappedByLongStop() && !pendingStart.isBefore(LawDates.REFORM_2008)) {
                cap = LimitationArithmetic.longStop(pendingStart);
            }
            LocalDate last = capped(rule.lastDayOfPeriodFrom(pendingStart), cap, false);
            if (suspended == 0 && court == 0 && insolvency == 0) {
                shown = last;
            }
            remaining = LimitationArithmetic.daysBetween(asOf, last);
        } else if (court > 0 || insolvency > 0) {
            status = LimitationStatus.PROCEEDINGS_PENDING;
            remaining = LimitationArithmetic.daysBetween(asOf, rule.lastDayOfPeriodFrom(asOf));
        } else if (suspended > 0) {
            status = LimitationStatus.SUSPENDED;
            remaining = cap == null ? frozen : Math.min(frozen, LimitationArithmetic.daysBetween(asOf, cap));
        } else {
            status = LimitationStatus.RUNNING;
            shown = expiry;
            remaining = LimitationArithmetic.daysBetween(asOf, expiry);
        }
        return new Outcome(status, shown, started ? periodStart : pendingStart, rule, cap, remaining, effects, causes,
                after, expiredByLongStop, titleAfterExpiry);
    }

    private static LocalDate capped(LocalDate last, LocalDate longStop, boolean exempt) {
        return exempt || longStop == null || !last.isAfter(longStop) ? last : longStop;
    }

    private static LocalDate firstUnregularised(List<Instalment> plan, int unpaid, LocalDate termination) {
        LocalDate due = plan.get(unpaid).dueDate();
        return termination != null && termination.isBefore(due) ? termination : due;
    }
}
