package org.recouvrement.limitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;

/**
 * Replays a case's timeline against one limitation period (the claim's, or one instalment's) and says where it
 * stands on the date asked about.
 *
 * <p>The replay walks the events of a {@link Timeline} in order, keeping the state of the clock in local variables,
 * days as epoch days: whether the period has started, its last day while it runs, the days left while it is stopped
 * by a suspension, the pending proceedings, the long-stop. Each event's effect, cause and the last day after it are
 * written to a {@link Trace}; where the period stands is returned as a {@link LimitationPart}.
 */
final class Replay {

    /** No day: the clock was stopped, or there is no such day. */
    static final long NO_DAY = Long.MIN_VALUE;

    private Replay() {
    }

    /**
     * What the replay records of each event: its effect, its cause and the last day of the period right after it.
     * A trace is written by one replay at a time and read once it is done.
     */
    static final class Trace {

        // Per event: the last day after it (or NO_AFTER) in the high bits, the cause and the effect in the low 16.
        private static final long NO_AFTER = Long.MIN_VALUE >> 16;

        private final long[] steps;

        /**
         * Makes a trace for a number of events.
         *
         * @param count the number of events replayed
         */
        Trace(int count) {
            this.steps = new long[count];
        }

        void record(int index, EventEffect effect, Cause cause, long afterDay) {
            steps[index] = (afterDay == NO_DAY ? NO_AFTER : afterDay) << 16 | cause.ordinal() << 4 | effect.ordinal();
        }

        EventEffect effect(int index) {
            return EventEffect.ofOrdinal((int) steps[index] & 0xF);
        }

        Cause cause(int index) {
            return Cause.ofOrdinal((int) (steps[index] >>> 4) & 0xFFF);
        }

        /**
         * Returns the last day after an event.
         *
         * @param index the index of the event
         * @return the last day as an epoch day, or {@link #NO_DAY} while the clock was stopped
         */
        long after(int index) {
            long after = steps[index] >> 16;
            return after == NO_AFTER ? NO_DAY : after;
        }
    }

    /**
     * Replays the timeline for one period.
     *
     * @param timeline the case's timeline
     * @param claimRule the rule of the claim's period
     * @param titleRule the rule of a judicial title, once a decision is served
     * @param asOf the date asked about, as an epoch day
     * @param partStart the day the period runs from, absent any event, as an epoch day
     * @param instalment whether the period is an instalment's, which an acceleration brings forward
     * @param schedule for a consumer credit, the instalments whose first unregularised incident starts the period;
     *     otherwise {@code null}
     * @param trace where each event's effect is written
     * @param dueDate the due date of the part of the claim the period is that of
     * @param amount the amount of that part
     * @return the part, with where its period stands
     */
    static LimitationPart run(Timeline timeline, LimitationRule claimRule, LimitationRule titleRule, long asOf,
            long partStart, boolean instalment, List<Instalment> schedule, Trace trace, LocalDate dueDate,
            Amount amount) {
        final int n = timeline.count();

        LimitationRule rule = claimRule;
        final boolean france = rule.jurisdiction() == Jurisdiction.FRANCE;
        boolean started = false;
        long pendingStart = partStart;
        long periodStart = partStart;
        long expiry = NO_DAY;
        long frozen = 0;
        int suspended = 0;
        int[] depth = null;
        int court = 0;
        int insolvency = 0;
        long longStop = NO_DAY;
        boolean longStopDecided = false;
        boolean converted = false;
        boolean exempt = false;
        long expiredOn = NO_DAY;
        boolean expiredByLongStop = false;
        boolean titleAfterExpiry = false;
        boolean incident = schedule != null;
        List<Instalment> plan = schedule;
        int unpaid = 0;
        BigDecimal credit = BigDecimal.ZERO;
        long termination = NO_DAY;
        long rescheduled = NO_DAY;
        final long reform = LawDates.REFORM_2008_DAY;

        int i = 0;
        while (true) {
            final long next = i < n ? timeline.day(i) : asOf;
            if (!started && expiredOn == NO_DAY && pendingStart <= next) {
                // The period starts running (C. civ. art. 2233: not before the claim is due).
                started = true;
                periodStart = pendingStart;
                if (!longStopDecided) {
                    // The long-stop runs from the birth of the right, the day the period first starts (its term,
                    // C. civ. art. 2232 al. 2 excluding art. 2233); not applied to rights born before loi 2008-561.
                    longStopDecided = true;
                    if (!exempt && rule.isCappedByLongStop() && pendingStart >= reform) {
                        longStop = LimitationArithmetic.longStop(pendingStart);
                    }
                }
                long last = capped(rule.lastDayUnderVersionOf(pendingStart), longStop, exempt);
                if (court == 0 && insolvency == 0) {
                    if (suspended > 0) {
                        frozen = last - pendingStart;
                    } else {
                        expiry = last;
                    }
                }
                continue;
            }
            if (!converted && started && expiredOn == NO_DAY) {
                int shorter = rule.shorterVersionAfter(periodStart);
                if (shorter >= 0 && rule.versionStart(shorter) <= next) {
                    // C. civ. art. 2222 al. 2: the shorter period runs from the day the new law came into force,
                    // without exceeding the former one.
                    converted = true;
                    long from = rule.versionStart(shorter);
                    long newLast = LimitationArithmetic.lastDay(from, rule.versionYears(shorter));
                    if (court == 0 && insolvency == 0) {
                        if (suspended > 0) {
                            frozen = Math.min(frozen, newLast - from);
                        } else if (!LimitationArithmetic.isTimeBarredOn(expiry, from)) {
                            expiry = Math.min(expiry, newLast);
                        }
                    }
                }
            }
            if (expiredOn == NO_DAY && started && court == 0 && insolvency == 0) {
                if (suspended == 0) {
                    if (LimitationArithmetic.isTimeBarredOn(expiry, next)) {
                        expiredOn = expiry;
                        expiredByLongStop = !exempt && expiry == longStop;
                    }
                } else if (!exempt && longStop != NO_DAY && LimitationArithmetic.isTimeBarredOn(longStop, next)) {
                    expiredOn = longStop;
                    expiredByLongStop = true;
                }
                // Nothing stops or keeps a time-barred claim: only a title served later starts a new period. The
                // suspensions still under way are kept count of: they stop the title's period if it starts before
                // they end (C. civ. art. 2230).
            }
            if (i == n) {
                break;
            }

            final long d = timeline.day(i);
            final int kind = timeline.kind(i);
            Cause cause = Cause.of(kind, france, rule.kind(), incident, instalment);
            EventEffect effect = EventEffect.NO_EFFECT;
            long moveTo = NO_DAY;
            Cause noMove = cause;
            Cause.Action action = cause.action();

            if (action == Cause.Action.VOID_END) {
                int filing = timeline.pairedFiling(i);
                if (filing >= 0 && trace.effect(filing) == EventEffect.VOIDED) {
                    effect = EventEffect.VOIDED;
                } else {
                    cause = Cause.UNMATCHED_END;
                }
            } else if (expiredOn != NO_DAY && action != Cause.Action.NONE && action != Cause.Action.TITLE) {
                effect = EventEffect.AFTER_EXPIRY;
                cause = cause.afterExpiry(rule.kind());
                if (action == Cause.Action.SUSPEND) {
                    if (depth == null) {
                        depth = new int[Cause.SUSPENSIONS];
                    }
                    depth[timeline.suspensionIndex(i)]++;
                    suspended++;
                } else if (action == Cause.Action.RESUME && depth != null
                        && depth[timeline.suspensionIndex(i)] > 0) {
                    depth[timeline.suspensionIndex(i)]--;
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
                            long last = capped(rule.lastDayUnderVersionOf(d), longStop, exempt);
                            periodStart = d;
                            if (suspended > 0) {
                                frozen = Math.max(frozen, last - d);
                            } else {
                                expiry = Math.max(expiry, last);
                            }
                            effect = EventEffect.INTERRUPTED;
                        }
                        break;
                    case OPEN_COURT:
                        if (timeline.isVoided(i)) {
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
                            int filing = timeline.pairedFiling(i);
                            // A title served ends every pending action: a later decision is a new one.
                            boolean pending = filing >= 0 && court > 0
                                    && trace.effect(filing) == EventEffect.INTERRUPTED_UNTIL_PROCEEDINGS_END;
                            ends = pending;
                            if (ends) {
                                court--;
                            } else if (filing >= 0
                                    && trace.effect(filing) != EventEffect.INTERRUPTED_UNTIL_PROCEEDINGS_END) {
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
                                long last = rule.lastDayUnderVersionOf(d);
                                periodStart = d;
                                boolean withoutAction = cause == Cause.DECISION_WITHOUT_ACTION;
                                if (suspended > 0) {
                                    frozen = last - d;
                                } else if (withoutAction) {
                                    expiry = Math.max(expiry, last);
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
                        titleAfterExpiry |= expiredOn != NO_DAY;
                        rule = titleRule;
                        expiredOn = NO_DAY;
                        expiredByLongStop = false;
                        started = true;
                        court = 0;
                        incident = false;
                        longStop = NO_DAY;
                        exempt = true;
                        periodStart = d;
                        long last = rule.lastDayUnderVersionOf(d);
                        if (suspended > 0) {
                            frozen = last - d;
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
                        depth[timeline.suspensionIndex(i)]++;
                        if (suspended == 0 && started && court == 0 && insolvency == 0) {
                            frozen = expiry - d;
                        }
                        suspended++;
                        effect = EventEffect.SUSPENDED;
                        break;
                    }
                    case RESUME: {
                        int index = timeline.suspensionIndex(i);
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
                            frozen = Math.max(frozen, LimitationArithmetic.resumptionDays(d));
                        }
                        if (suspended > 0) {
                            effect = EventEffect.SUSPENDED;
                            cause = Cause.STILL_SUSPENDED;
                        } else {
                            if (running) {
                                expiry = capped(d + frozen, longStop, exempt);
                            }
                            effect = EventEffect.RESUMED;
                        }
                        break;
                    }
                    case POSTPONE: {
                        long restart = Math.max(d, timeline.newDueDate(i));
                        if (court > 0 || insolvency > 0) {
                            cause = Cause.ALREADY_PENDING;
                        } else if (!started) {
                            if (restart > pendingStart) {
                                pendingStart = restart;
                                effect = EventEffect.START_MOVED;
                            } else {
                                cause = Cause.NOT_YET_RUNNING;
                            }
                        } else if (restart > d) {
                            started = false;
                            pendingStart = restart;
                            effect = EventEffect.START_MOVED;
                        } else {
                            long last = capped(rule.lastDayUnderVersionOf(d), longStop, exempt);
                            periodStart = d;
                            if (suspended > 0) {
                                frozen = Math.max(frozen, last - d);
                            } else {
                                expiry = Math.max(expiry, last);
                            }
                            effect = EventEffect.INTERRUPTED;
                        }
                        break;
                    }
                    case ACCELERATE: {
                        if (incident) {
                            termination = termination == NO_DAY ? d : Math.min(termination, d);
                            rescheduled = NO_DAY;
                            moveTo = firstUnregularised(plan, unpaid, termination);
                        } else if (!started && pendingStart > d) {
                            moveTo = d;
                        }
                        noMove = Cause.ACCELERATION_NO_EFFECT;
                        if (moveTo == NO_DAY) {
                            cause = Cause.ACCELERATION_NO_EFFECT;
                        }
                        break;
                    }
                    case CREDIT_PAYMENT: {
                        CaseEvent.PaymentReceived payment = (CaseEvent.PaymentReceived) timeline.events().get(i);
                        credit = credit.add(payment.amount().value());
                        while (unpaid < plan.size() - 1 && credit.compareTo(plan.get(unpaid).amount().value()) >= 0) {
                            credit = credit.subtract(plan.get(unpaid).amount().value());
                            unpaid++;
                        }
                        if (court > 0 || insolvency > 0) {
                            cause = Cause.ALREADY_PENDING;
                            break;
                        }
                        moveTo = firstUnregularised(plan, unpaid, termination);
                        if (rescheduled != NO_DAY) {
                            moveTo = Math.max(moveTo, rescheduled);
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
                        plan = ((CaseEvent.PaymentPlanAgreed) timeline.events().get(i)).instalments();
                        unpaid = 0;
                        credit = BigDecimal.ZERO;
                        termination = NO_DAY;
                        // The period runs from the first unregularised incident after the rescheduling: never earlier.
                        moveTo = Math.max(firstUnregularised(plan, unpaid, termination),
                                started ? periodStart : pendingStart);
                        rescheduled = moveTo;
                        break;
                    }
                    case CREDIT_POSTPONE: {
                        if (court > 0 || insolvency > 0) {
                            cause = Cause.ALREADY_PENDING;
                            break;
                        }
                        long newDue = timeline.newDueDate(i);
                        long current = started ? periodStart : pendingStart;
                        if (newDue > current) {
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

            if (moveTo != NO_DAY) {
                long current = started ? periodStart : pendingStart;
                if (moveTo == current || (started && moveTo < current)) {
                    // A running period only moves later: the last interruption or incident still counts.
                    cause = noMove;
                } else if (moveTo > d) {
                    started = false;
                    pendingStart = moveTo;
                    effect = EventEffect.START_MOVED;
                } else if (!started) {
                    pendingStart = moveTo;
                    effect = EventEffect.START_MOVED;
                } else {
                    periodStart = moveTo;
                    long last = capped(rule.lastDayUnderVersionOf(moveTo), longStop, exempt);
                    expiry = Math.max(expiry, last);
                    effect = EventEffect.START_MOVED;
                }
            }

            trace.record(i, effect, cause, expiredOn != NO_DAY ? expiredOn
                    : started && suspended == 0 && court == 0 && insolvency == 0 ? expiry : NO_DAY);
            i++;
        }

        LimitationStatus status;
        long shown = NO_DAY;
        long remaining;
        long cap = exempt ? NO_DAY : longStop;
        if (expiredOn != NO_DAY) {
            status = LimitationStatus.EXPIRED;
            shown = expiredOn;
            remaining = 0;
        } else if (!started) {
            status = LimitationStatus.NOT_YET_RUNNING;
            if (cap == NO_DAY && !exempt && rule.isCappedByLongStop() && pendingStart >= reform) {
                cap = LimitationArithmetic.longStop(pendingStart);
            }
            long last = capped(rule.lastDayOfPeriodFrom(pendingStart), cap, false);
            if (suspended == 0 && court == 0 && insolvency == 0) {
                shown = last;
            }
            remaining = last - asOf;
        } else if (court > 0 || insolvency > 0) {
            status = LimitationStatus.PROCEEDINGS_PENDING;
            remaining = rule.lastDayOfPeriodFrom(asOf) - asOf;
        } else if (suspended > 0) {
            status = LimitationStatus.SUSPENDED;
            remaining = cap == NO_DAY ? frozen : Math.min(frozen, cap - asOf);
        } else {
            status = LimitationStatus.RUNNING;
            shown = expiry;
            remaining = expiry - asOf;
        }
        return LimitationPart.of(dueDate, amount, started ? periodStart : pendingStart, shown, status, remaining,
                rule, cap, expiredByLongStop, titleAfterExpiry);
    }

    private static long capped(long last, long longStop, boolean exempt) {
        return exempt || longStop == NO_DAY || last <= longStop ? last : longStop;
    }

    private static long firstUnregularised(List<Instalment> plan, int unpaid, long termination) {
        long due = plan.get(unpaid).dueDate().toEpochDay();
        return termination != NO_DAY && termination < due ? termination : due;
    }
}
