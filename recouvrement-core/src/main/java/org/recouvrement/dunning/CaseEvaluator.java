package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.AmicableProcess;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Reads the dunning state of one case from its timeline on a date, and the action it calls for.
 *
 * <p>One pass over the events on or before the date gathers the facts: the steps passed (each distinct recorded step
 * action, executed or rejected, passes the next step; a waiver passes the step it names when it is reached), the
 * contacts with the debtor, the balance, the effective due date, the last payment, the pauses and the recorded
 * answers to other proposals. Then, in this order: a paid, written-off, handed-off or routed claim is terminal; court
 * proceedings pause it; a time-barred claim calls for closing; insolvency calls for the proof of claim; a dispute, a
 * mediation, a small-claims procedure, an impediment, a pending promise or an honoured payment plan pause it; a missed
 * instalment calls for acceleration where the plans provide it; otherwise the next step, when its date has come.
 */
final class CaseEvaluator {

    private static final LegalReference STAY_BELGIUM = LegalReference.ofInstrument(Jurisdiction.BELGIUM, "CDE livre XX");
    private static final LegalReference ENFORCEMENT_INTERRUPTS = LegalCode.CIVIL_CODE.article("2244");
    private static final LegalReference PROCEEDINGS_LAST = LegalCode.CIVIL_CODE.article("2242");

    private static final List<LegalReference> COURT_PENDING_REFS = List.of(Refs.COURT_ACTION_INTERRUPTS,
            PROCEEDINGS_LAST);
    private static final List<LegalReference> TIME_BAR_SOON_REFS = List.of(Refs.ACKNOWLEDGEMENT,
            Refs.COURT_ACTION_INTERRUPTS, ENFORCEMENT_INTERRUPTS);

    private final LocalDate asOf;
    private final LegalFacts legal;
    private final boolean explain;

    /**
     * Returns an evaluator. A deciding evaluator ({@code explain} false) leaves out the reasons of the candidate
     * actions, which the decision composes on demand by evaluating the case again with an explaining evaluator: the
     * same inputs give the same state, with its reasons.
     */
    CaseEvaluator(LocalDate asOf, LegalFacts legal, boolean explain) {
        this.asOf = asOf;
        this.legal = legal;
        this.explain = explain;
    }

    /** How a step was passed. */
    private enum How {
        EXECUTED, REJECTED, WAIVED, LAPSED
    }

    /** A step passed, with the date and, for a waiver, its reason. */
    private record Passage(DunningStep step, LocalDate date, How how, String note) {
    }

    /**
     * Evaluates a case under its policy.
     *
     * @param territory the debtor's territory, asked once per debtor by the caller
     */
    CaseState evaluate(RecoveryCase file, DunningPolicy policy, Territory territory) {
        Claim claim = file.claim();
        List<DunningStep> steps = policy.steps();
        int n = steps.size();
        Amount balance = claim.principal();
        LocalDate due = claim.dueDate();
        LocalDate postponedAt = null;
        LocalDate lastPayment = null;
        int level = 0;
        LocalDate lastStepDate = null;
        Passage lastPassage = null;
        StepKind terminalKind = null;
        List<LocalDate> contacts = null;
        List<String> seenStepIds = null;
        List<CaseEvent.StepWaived> pendingWaivers = null;
        List<String> otherIds = null;
        List<LocalDate> otherIdDates = null;
        LocalDate writtenOff = null;
        CaseEvent.InsolvencyOpened insolvency = null;
        boolean proofFiled = false;
        LocalDate insolvencyClosed = null;
        LocalDate courtSince = null;
        LocalDate concludedOn = null;
        LocalDate disputeSince = null;
        int amicable = 0;
        LocalDate amicableSince = null;
        LocalDate impedimentSince = null;
        LocalDate smallClaimsSince = null;
        LocalDate pauseEnded = null;
        CaseEvent.PromiseToPay promise = null;
        CaseEvent.PaymentPlanAgreed plan = null;
        LocalDate planEnded = null;
        Amount paidSincePlan = null;
        Amount paidOnLastPaymentDay = null;
        LocalDate firstWritten = null;
        boolean firstWrittenPaper = false;
        boolean putOnNotice = false;
        List<DunningWarning> warnings = null;

        for (CaseEvent event : file.events()) {
            LocalDate date = event.date();
            if (date.isAfter(asOf)) {
                break;
            }
            Passage passage = null;
            if (event instanceof CaseEvent.StepWaived || isStepAction(event)) {
                // A pre-due reminder not taken by the due date lapsed then; the step now recorded is a later one.
                while (level < n && terminalKind == null && isPreDue(steps.get(level)) && date.isAfter(due)) {
                    lastStepDate = lastStepDate != null && lastStepDate.isAfter(due) ? lastStepDate : due;
                    lastPassage = new Passage(steps.get(level), lastStepDate, How.LAPSED, null);
                    level++;
                }
            }
            if (event instanceof CaseEvent.PaymentReceived payment) {
                balance = balance.minus(payment.amount());
                paidOnLastPaymentDay = date.equals(lastPayment) ? paidOnLastPaymentDay.plus(payment.amount())
                        : payment.amount();
                lastPayment = date;
                if (plan != null && planEnded == null) {
                    paidSincePlan = paidSincePlan.plus(payment.amount());
                }
            } else if (event instanceof CaseEvent.CreditNoteIssued credit) {
                balance = balance.minus(credit.amount());
            } else if (event instanceof CaseEvent.DueDatePostponed postponed) {
                due = postponed.newDueDate();
                postponedAt = date;
            } else if (event instanceof CaseEvent.ReminderSent reminder) {
                contacts = addContact(contacts, date);
                if (firstWritten == null && reminder.channel() != ContactChannel.PHONE
                        && reminder.channel() != ContactChannel.JUDICIAL_OFFICER) {
                    firstWritten = date;
                    firstWrittenPaper = reminder.channel() != ContactChannel.EMAIL;
                }
            } else if (event instanceof CaseEvent.FormalNoticeSent notice) {
                contacts = addContact(contacts, date);
                putOnNotice = true;
                if (firstWritten == null && notice.channel() != ContactChannel.PHONE) {
                    firstWritten = date;
                    firstWrittenPaper = notice.channel() != ContactChannel.EMAIL;
                }
            } else if (event instanceof CaseEvent.DisputeOpened) {
                if (disputeSince == null) {
                    disputeSince = date;
                }
            } else if (event instanceof CaseEvent.DisputeClosed) {
                if (disputeSince != null) {
                    disputeSince = null;
                    pauseEnded = date;
                }
            } else if (event instanceof CaseEvent.PromiseToPay p) {
                promise = p;
            } else if (event instanceof CaseEvent.PaymentPlanAgreed agreed) {
                plan = agreed;
                planEnded = null;
                paidSincePlan = date.equals(lastPayment) ? paidOnLastPaymentDay : Amount.zero(claim.currency());
            } else if (event instanceof CaseEvent.PaymentPlanBreached || event instanceof CaseEvent.AccelerationDeclared) {
                if (plan != null && planEnded == null) {
                    planEnded = date;
                }
            } else if (event instanceof CaseEvent.AmicableProcessStarted started) {
                if (amicable == 0) {
                    amicableSince = date;
                }
                amicable |= bit(started.process());
            } else if (event instanceof CaseEvent.AmicableProcessEnded ended) {
                if ((amicable & bit(ended.process())) != 0) {
                    amicable &= ~bit(ended.process());
                    if (amicable == 0) {
                        pauseEnded = date;
                    }
                }
            } else if (event instanceof CaseEvent.SmallClaimsProcedureAccepted) {
                smallClaimsSince = date;
            } else if (event instanceof CaseEvent.SmallClaimsProcedureRefused) {
                if (smallClaimsSince != null) {
                    smallClaimsSince = null;
                    pauseEnded = date;
                }
            } else if (event instanceof CaseEvent.ImpedimentStarted) {
                if (impedimentSince == null) {
                    impedimentSince = date;
                }
            } else if (event instanceof CaseEvent.ImpedimentEnded) {
                if (impedimentSince != null) {
                    impedimentSince = null;
                    pauseEnded = date;
                }
            } else if (event instanceof CaseEvent.CourtActionFiled) {
                if (courtSince == null) {
                    courtSince = date;
                }
            } else if (event instanceof CaseEvent.CourtActionWithdrawn || event instanceof CaseEvent.CourtActionLapsed) {
                if (courtSince != null) {
                    courtSince = null;
                    pauseEnded = date;
                }
            } else if (event instanceof CaseEvent.CourtActionDismissed || event instanceof CaseEvent.DecisionRendered
                    || event instanceof CaseEvent.DecisionServed
                    || event instanceof CaseEvent.EnforcementMeasureTaken) {
                if (concludedOn == null) {
                    concludedOn = date;
                }
            } else if (event instanceof CaseEvent.InsolvencyOpened opened) {
                insolvency = opened;
                proofFiled = false;
            } else if (event instanceof CaseEvent.InsolvencyClosed) {
                if (insolvency != null) {
                    insolvency = null;
                    insolvencyClosed = date;
                    pauseEnded = date;
                }
            } else if (event instanceof CaseEvent.ProofOfClaimFiled) {
                proofFiled = true;
            } else if (event instanceof CaseEvent.WrittenOff) {
                writtenOff = date;
            } else if (event instanceof CaseEvent.StepWaived waiver) {
                int index = policy.indexOf(waiver.stepKey());
                if (index < 0) {
                    warnings = add(warnings, DunningWarning.of(DunningWarning.Kind.UNKNOWN_WAIVER, file.id(),
                            Reason.of("The waiver of " + date + " names step '" + waiver.stepKey() + "', which policy '"
                                    + policy.name() + "' does not have; it was ignored")));
                } else if (index == level && terminalKind == null) {
                    passage = new Passage(steps.get(level), date, How.WAIVED, waiver.reason());
                } else if (index > level) {
                    pendingWaivers = add(pendingWaivers, waiver);
                }
            } else if (event instanceof CaseEvent.ActionExecuted || event instanceof CaseEvent.ActionRejected) {
                boolean executed = event instanceof CaseEvent.ActionExecuted;
                String id = executed ? ((CaseEvent.ActionExecuted) event).actionId()
                        : ((CaseEvent.ActionRejected) event).actionId();
                if (ActionIds.isStep(id)) {
                    if ((seenStepIds == null || !seenStepIds.contains(id)) && level < n && terminalKind == null) {
                        seenStepIds = add(seenStepIds, id);
                        DunningStep step = steps.get(level);
                        String recordedKey = ActionIds.stepKey(id);
                        if (!recordedKey.equals(step.key()) && policy.grouping() != Grouping.PER_DEBTOR) {
                            warnings = add(warnings, DunningWarning.of(DunningWarning.Kind.STEP_KEY_MISMATCH, file.id(),
                                    Reason.of("The action recorded on " + date + " was proposed for step '" + recordedKey
                                            + "'; it passed step '" + step.key() + "', the next step of policy '"
                                            + policy.name() + "'")));
                        }
                        passage = new Passage(step, date, executed ? How.EXECUTED : How.REJECTED, null);
                    }
                } else {
                    otherIds = add(otherIds, id);
                    otherIdDates = add(otherIdDates, date);
                }
            }
            while (passage != null) {
                DunningStep step = passage.step();
                if (passage.how() == How.EXECUTED) {
                    if (step.kind().isContact()) {
                        contacts = addContact(contacts, date);
                        if (firstWritten == null && hasWrittenChannel(step)) {
                            firstWritten = date;
                            firstWrittenPaper = hasPaperChannel(step);
                        }
                    }
                    if (step.kind().isTerminal()) {
                        terminalKind = step.kind();
                    }
                    if (step.kind() == StepKind.FORMAL_NOTICE) {
                        putOnNotice = true;
                    }
                }
                level++;
                lastStepDate = date;
                lastPassage = passage;
                passage = null;
                if (terminalKind == null && level < n && pendingWaivers != null) {
                    CaseEvent.StepWaived waiver = find(pendingWaivers, steps.get(level).key());
                    if (waiver != null) {
                        passage = new Passage(steps.get(level), date, How.WAIVED, waiver.reason());
                    }
                }
            }
        }

        List<LocalDate> contactDays = contacts == null ? List.of() : contacts;
        List<DunningWarning> caseWarnings = warnings == null ? List.of() : warnings;
        DunningStep next = level < n && terminalKind == null ? steps.get(level) : null;

        // Terminal states.
        if (!balance.isPositive()) {
            return terminal(file, policy, DunningStatus.PAID, level, balance, contactDays, caseWarnings);
        }
        if (writtenOff != null || terminalKind == StepKind.WRITE_OFF_PROPOSAL) {
            return terminal(file, policy, DunningStatus.WRITTEN_OFF, level, balance, contactDays, caseWarnings);
        }
        if (terminalKind == StepKind.COLLECTION_AGENCY_HANDOFF) {
            return terminal(file, policy, DunningStatus.HANDED_OFF, level, balance, contactDays, caseWarnings);
        }
        if (terminalKind == StepKind.RECOVERY_ROUTE) {
            return terminal(file, policy, DunningStatus.ROUTE_STARTED, level, balance, contactDays, caseWarnings);
        }

        // Court proceedings: limitation is interrupted while they last; amicable dunning stops.
        if (concludedOn != null) {
            LocalDate on = concludedOn;
            Pause pause = Pause.of(PauseReason.COURT_PROCEEDINGS, on, Optional.empty(),
                    Reason.lazy(() -> "A court decided on the claim on " + on + ": enforcement, not dunning, follows",
                            ENFORCEMENT_INTERRUPTS));
            return paused(file, policy, pause, level, next, balance, null, contactDays, caseWarnings, null);
        }
        if (courtSince != null) {
            LocalDate since = courtSince;
            Pause pause = Pause.of(PauseReason.COURT_PROCEEDINGS, since, Optional.empty(),
                    Reason.lazy(() -> "A court action is pending since " + since + ": amicable reminders stop; the "
                            + "action interrupts limitation until the proceedings end", COURT_PENDING_REFS));
            return paused(file, policy, pause, level, next, balance, null, contactDays, caseWarnings, null);
        }

        // Limitation: assessed only once the claim could be near its end.
        LegalFacts.TimeBar timeBar = null;
        Reason timeBarSoon = null;
        if (!asOf.plusDays(policy.limitationWarningDays()).isBefore(legal.earliestPossibleExpiry(file))) {
            timeBar = legal.timeBar(file, asOf);
            if (timeBar.assessment().isEmpty()) {
                caseWarnings = add(new ArrayList<>(caseWarnings), DunningWarning.of(
                        DunningWarning.Kind.LIMITATION_NOT_ASSESSED, file.id(), timeBar.failure().orElseThrow()));
            }
            if (timeBar.barred()) {
                return timeBarred(file, policy, timeBar, level, balance, contactDays, caseWarnings, otherIds);
            }
            if (timeBar.expiry().isPresent()) {
                LocalDate expiry = timeBar.expiry().get();
                long days = expiry.toEpochDay() - asOf.toEpochDay();
                if (days >= 0 && days <= policy.limitationWarningDays()) {
                    timeBarSoon = Reason.lazy(() -> "The claim becomes time-barred on " + expiry + ", in " + days
                            + " day" + (days == 1 ? "" : "s") + "; a reminder or a formal notice does not interrupt "
                            + "limitation: an acknowledgement of the debt, a court action or an enforcement measure "
                            + "does", TIME_BAR_SOON_REFS);
                    caseWarnings = add(new ArrayList<>(caseWarnings), DunningWarning.of(
                            DunningWarning.Kind.TIME_BAR_APPROACHING, file.id(), timeBarSoon));
                }
            }
        }

        // Insolvency: individual actions are stayed; the proof of claim is the only action.
        if (insolvency != null) {
            boolean belgian = insolvency.kind() == InsolvencyKind.BELGIAN_INSOLVENCY;
            LegalReference stay = belgian ? STAY_BELGIUM : Refs.STAY_OF_ACTIONS;
            CaseEvent.InsolvencyOpened opened = insolvency;
            Pause pause = Pause.of(PauseReason.INSOLVENCY, insolvency.date(), Optional.empty(),
                    Reason.lazy(() -> "Insolvency proceedings (" + opened.kind() + ") were opened on " + opened.date()
                            + ": individual actions are stayed and reminders stop", stay));
            Candidate candidate = null;
            if (!proofFiled) {
                String id = ActionIds.ofCase(ActionIds.PROOF_OF_CLAIM, file.id(), insolvency.date());
                if (!contains(otherIds, id)) {
                    LegalFacts.ProofDeadline deadline = legal.proofOfClaimDeadline(file, asOf);
                    List<Reason> reasons = null;
                    if (explain) {
                        reasons = new ArrayList<>();
                        reasons.add(pause.explanation());
                        reasons.add(Reason.of("The claim must be declared to the insolvency practitioner to take part "
                                + "in the proceedings; the declaration interrupts limitation until they close",
                                belgian ? STAY_BELGIUM : Refs.PROOF_OF_CLAIM));
                        reasons.addAll(deadline.explanation().reasons());
                        addIfPresent(reasons, timeBarSoon);
                    }
                    candidate = new Candidate(ActionKind.PROOF_OF_CLAIM, null, -1, insolvency.date(),
                            deadline.deadline().orElse(null), id, reasons, false, List.of(), true);
                }
            }
            return paused(file, policy, pause, level, next, balance, candidate, contactDays, caseWarnings, timeBar);
        }
        if (insolvencyClosed != null && (lastStepDate == null || insolvencyClosed.isAfter(lastStepDate))) {
            caseWarnings = add(new ArrayList<>(caseWarnings), DunningWarning.of(DunningWarning.Kind.INSOLVENCY_CLOSED,
                    file.id(), Reason.of("The insolvency proceedings were closed on " + insolvencyClosed + "; check "
                            + "whether individual actions may resume before sending a reminder")));
        }

        // Pauses of this claim only.
        if (disputeSince != null) {
            LocalDate since = disputeSince;
            Pause pause = Pause.of(PauseReason.DISPUTE, since, Optional.empty(),
                    Reason.lazy(() -> "The debtor disputes this claim since " + since + ": its dunning is paused until "
                            + "the dispute is closed; the debtor's other claims are not affected"));
            return paused(file, policy, pause, level, next, balance, null, contactDays, caseWarnings, timeBar);
        }
        if (amicable != 0) {
            LocalDate since = amicableSince;
            Pause pause = Pause.of(PauseReason.AMICABLE_PROCESS, since, Optional.empty(),
                    Reason.lazy(() -> "A mediation, conciliation or participatory procedure is under way since "
                            + since + ": dunning is paused; limitation is suspended", Refs.MEDIATION_SUSPENDS));
            return paused(file, policy, pause, level, next, balance, null, contactDays, caseWarnings, timeBar);
        }
        if (smallClaimsSince != null) {
            LocalDate since = smallClaimsSince;
            Pause pause = Pause.of(PauseReason.SMALL_CLAIMS_PROCEDURE, since, Optional.empty(),
                    Reason.lazy(() -> "The debtor accepted the simplified small-claims procedure on " + since
                            + ": dunning is paused", Refs.SMALL_CLAIMS, Refs.MEDIATION_SUSPENDS));
            return paused(file, policy, pause, level, next, balance, null, contactDays, caseWarnings, timeBar);
        }
        if (impedimentSince != null) {
            LocalDate since = impedimentSince;
            Pause pause = Pause.of(PauseReason.IMPEDIMENT, since, Optional.empty(),
                    Reason.lazy(() -> "The creditor cannot act since " + since + ": dunning is paused",
                            Refs.IMPEDIMENT_SUSPENDS));
            return paused(file, policy, pause, level, next, balance, null, contactDays, caseWarnings, timeBar);
        }
        LocalDate floor = null;
        String floorText = null;
        if (promise != null) {
            if (!asOf.isAfter(promise.promisedDate())) {
                CaseEvent.PromiseToPay promised = promise;
                Pause pause = Pause.of(PauseReason.PROMISE_TO_PAY, promise.date(), Optional.of(promise.promisedDate()),
                        Reason.lazy(() -> "The debtor promised on " + promised.date() + " to pay " + promised.amount()
                                + " by " + promised.promisedDate() + ": dunning is paused until then"));
                return paused(file, policy, pause, level, next, balance, null, contactDays, caseWarnings, timeBar);
            }
            LocalDate after = promise.promisedDate().plusDays(1);
            if (floor == null || after.isAfter(floor)) {
                floor = after;
                floorText = explain ? "the promise to pay by " + promise.promisedDate() + " ran out" : null;
            }
        }

        // Payment plan.
        Optional<Amount> arrears = Optional.empty();
        Reason arrearsReason = null;
        if (plan != null && planEnded == null) {
            int grace = policy.instalmentGraceDays();
            Amount cumulative = Amount.zero(claim.currency());
            Amount dueSoFar = Amount.zero(claim.currency());
            Instalment missed = null;
            Instalment nextUnpaid = null;
            for (Instalment instalment : plan.instalments()) {
                cumulative = cumulative.plus(instalment.amount());
                if (!instalment.dueDate().isAfter(asOf)) {
                    dueSoFar = dueSoFar.plus(instalment.amount());
                }
                if (paidSincePlan.isLessThan(cumulative)) {
                    if (asOf.isAfter(instalment.dueDate().plusDays(grace))) {
                        missed = instalment;
                    } else {
                        nextUnpaid = instalment;
                    }
                    break;
                }
            }
            if (missed == null && nextUnpaid != null) {
                CaseEvent.PaymentPlanAgreed agreed = plan;
                Instalment upcoming = nextUnpaid;
                Pause pause = Pause.of(PauseReason.PAYMENT_PLAN, plan.date(),
                        Optional.of(nextUnpaid.dueDate().plusDays(grace)),
                        Reason.lazy(() -> "A payment plan agreed on " + agreed.date() + " is being honoured; the next "
                                + "instalment of " + upcoming.amount() + " falls due on " + upcoming.dueDate()
                                + ". Agreeing the plan acknowledged the debt, which interrupted limitation",
                                Refs.ACKNOWLEDGEMENT));
                return paused(file, policy, pause, level, next, balance, null, contactDays, caseWarnings, timeBar);
            }
            if (missed == null) {
                LocalDate last = plan.instalments().get(plan.instalments().size() - 1).dueDate().plusDays(1);
                if (floor == null || last.isAfter(floor)) {
                    floor = last;
                    floorText = explain ? "the payment plan agreed on " + plan.date() + " was paid but did not cover the "
                            + "balance" : null;
                }
            } else {
                LocalDate known = missed.dueDate().plusDays(grace + 1L);
                String missedText = !explain ? null : "the instalment of " + missed.amount() + " due on "
                        + missed.dueDate() + " under the plan agreed on " + plan.date() + " was missed"
                        + (grace > 0 ? " (" + grace + " days of grace)" : "");
                if (policy.accelerationClause()) {
                    String id = ActionIds.ofCase(ActionIds.ACCELERATION, file.id(), plan.date());
                    LocalDate recorded = dateOf(otherIds, otherIdDates, id);
                    if (recorded == null) {
                        List<Reason> reasons = null;
                        if (explain) {
                            reasons = new ArrayList<>();
                            reasons.add(Reason.of("Acceleration: " + missedText + "; the plan's acceleration clause "
                                    + "allows declaring the balance of " + balance + " due at once. Record "
                                    + "AccelerationDeclared once declared; dunning then resumes on the whole balance, "
                                    + "at its current level"));
                            addIfPresent(reasons, timeBarSoon);
                        }
                        Candidate candidate = new Candidate(ActionKind.ACCELERATION, null, -1, known, null, id, reasons,
                                false, List.of(), true);
                        return new CaseState(file, policy, DunningStatus.ACTIVE, null, level, next, known, balance,
                                candidate, contactDays, caseWarnings, timeBar, false, arrears);
                    }
                    LocalDate after = recorded.plusDays(1);
                    if (floor == null || after.isAfter(floor)) {
                        floor = after;
                        floorText = explain ? "the decision on the acceleration of the payment plan on " + recorded
                                : null;
                    }
                } else {
                    if (floor == null || known.isAfter(floor)) {
                        floor = known;
                        floorText = missedText;
                    }
                    Amount owed = dueSoFar.minus(paidSincePlan);
                    if (owed.isPositive()) {
                        arrears = Optional.of(owed);
                        arrearsReason = !explain ? null : Reason.of("Without an acceleration clause, only the "
                                + "instalments due and unpaid (" + owed + ") may be demanded; the others keep their "
                                + "dates");
                    }
                }
            }
        } else if (plan != null) {
            LocalDate after = planEnded.plusDays(1);
            if (floor == null || after.isAfter(floor)) {
                floor = after;
                floorText = explain ? "the payment plan agreed on " + plan.date() + " ended on " + planEnded : null;
            }
        }
        if (pauseEnded != null) {
            LocalDate after = pauseEnded.plusDays(1);
            if (floor == null || after.isAfter(floor)) {
                floor = after;
                floorText = explain ? "a pause ended on " + pauseEnded : null;
            }
        }

        // Every step passed: an explicit proposal, never silence.
        if (level >= n) {
            return exhausted(file, policy, level, lastStepDate, lastPassage, floor, balance, contactDays, caseWarnings,
                    timeBar, arrears, otherIds, timeBarSoon);
        }

        // A reminder scheduled before the due date lapses once the due date has passed: reported, never sent late.
        while (level < n && isPreDue(steps.get(level)) && asOf.isAfter(due)) {
            LocalDate lapsedOn = lastStepDate != null && lastStepDate.isAfter(due) ? lastStepDate : due;
            lastPassage = new Passage(steps.get(level), lapsedOn, How.LAPSED, null);
            lastStepDate = lapsedOn;
            level++;
        }
        if (level >= n) {
            return exhausted(file, policy, level, lastStepDate, lastPassage, floor, balance, contactDays, caseWarnings,
                    timeBar, arrears, otherIds, timeBarSoon);
        }

        // The next step.
        DunningStep step = steps.get(level);
        StepTrigger trigger = step.trigger();
        Territory workingDays = trigger.unit() == OffsetUnit.WORKING_DAYS ? territory : null;
        if (workingDays != null && Schedule.lacksCalendar(workingDays)) {
            caseWarnings = add(new ArrayList<>(caseWarnings), DunningWarning.of(
                    DunningWarning.Kind.NO_WORKING_DAY_CALENDAR, file.id(), Reason.of("The library has no public "
                            + "holiday calendar for " + workingDays + ": working days were counted Monday to Friday")));
        }
        List<Reason> scheduleReasons = explain ? new ArrayList<>(3) : null;
        LocalDate date;
        if (trigger.anchor() == Anchor.DUE_DATE) {
            date = Schedule.shift(due, trigger.offset(), trigger.unit(), workingDays);
            if (explain) {
                scheduleReasons.add(Reason.of(stepLabel(step, level, n) + ": " + trigger + " (" + due + ") is " + date
                        + (postponedAt != null ? "; the due date was postponed to " + due + " on " + postponedAt
                        : "")));
            }
        } else {
            LocalDate anchor = lastStepDate;
            boolean reanchored = false;
            if (postponedAt != null && postponedAt.isAfter(lastStepDate) && due.isAfter(anchor)) {
                anchor = due;
                reanchored = true;
            }
            date = Schedule.shift(anchor, trigger.offset(), trigger.unit(), workingDays);
            if (explain) {
                String anchorText = reanchored ? "the new due date " + due + ", agreed on " + postponedAt
                        + "; the schedule is re-anchored on it and no level is skipped"
                        : "'" + lastPassage.step().key() + "', " + describe(lastPassage);
                scheduleReasons.add(Reason.of(stepLabel(step, level, n) + ": " + trigger + " (" + anchorText + ") is "
                        + date));
            }
        }
        if (lastPayment != null && (lastStepDate == null || lastPayment.isAfter(lastStepDate))
                && !lastPayment.isAfter(asOf)) {
            int wait = trigger.offset();
            if (trigger.anchor() == Anchor.DUE_DATE && level > 0) {
                StepTrigger previous = steps.get(level - 1).trigger();
                if (previous.anchor() == Anchor.DUE_DATE && previous.unit() == trigger.unit()) {
                    wait = trigger.offset() - previous.offset();
                }
            }
            if (wait > 0) {
                LocalDate reanchored = Schedule.shift(lastPayment, wait, trigger.unit(), workingDays);
                if (reanchored.isAfter(date)) {
                    date = reanchored;
                    if (explain) {
                        scheduleReasons.add(Reason.of("The partial payment of " + lastPayment + " re-anchored the "
                                + "schedule: the wait of " + wait + " days before this step restarts from it, and no "
                                + "level is skipped; the step falls on " + date));
                    }
                }
            }
        }
        if (lastStepDate != null && !date.isAfter(lastStepDate)) {
            date = lastStepDate.plusDays(1);
            if (explain) {
                scheduleReasons.add(Reason.of("A step never falls on the day the previous one was passed: " + date));
            }
        }
        if (floor != null && floor.isAfter(date)) {
            date = floor;
            if (explain) {
                scheduleReasons.add(Reason.of("Dunning resumes on " + date + ", after " + floorText));
            }
        }
        if (explain && lastPassage != null && lastPassage.how() != How.EXECUTED) {
            scheduleReasons.add(Reason.of("Step '" + lastPassage.step().key() + "' was " + describe(lastPassage)
                    + ": it was passed without contact"));
        }

        // Consumer debts in Belgium: the first reminder is free; no cost before the 14-day wait.
        boolean costs = step.chargesCosts();
        boolean consumerRules = false;
        List<Reason> costReasons = List.of();
        if (step.kind().isContact() || costs) {
            consumerRules = ConsumerDebtRules.applies(claim, territory, asOf);
        }
        if (consumerRules) {
            if (firstWritten == null && step.kind().isContact() && hasWrittenChannel(step)) {
                costs = false;
                costReasons = List.of(ConsumerDebtRules.FIRST_REMINDER_FREE);
            } else if (costs && firstWritten == null) {
                costs = false;
                costReasons = List.of(ConsumerDebtRules.NO_FREE_FIRST_REMINDER);
                caseWarnings = add(new ArrayList<>(caseWarnings), DunningWarning.of(
                        DunningWarning.Kind.NO_FREE_FIRST_REMINDER, file.id(), ConsumerDebtRules.NO_FREE_FIRST_REMINDER));
            } else if (costs) {
                LocalDate from = ConsumerDebtRules.costsFrom(firstWritten, firstWrittenPaper);
                LocalDate start = ConsumerDebtRules.waitingStart(firstWritten, firstWrittenPaper);
                LocalDate sent = firstWritten;
                boolean paper = firstWrittenPaper;
                Reason wait = Reason.lazy(() -> "The 14-day wait after the free first reminder sent on " + sent + " by "
                        + (paper ? "letter starts on the third working day after sending, " : "e-mail "
                        + "starts the day after, ") + start + ", and ends on " + from.minusDays(1)
                        + ": costs may be claimed from " + from, Refs.CONSUMER_DEBT_REMINDER);
                costReasons = List.of(wait);
                if (from.isAfter(date)) {
                    date = from;
                    if (explain) {
                        scheduleReasons.add(Reason.of("The step claims costs: it is moved to " + from + ", after the "
                                + "14-day wait of consumer debt law", Refs.CONSUMER_DEBT_REMINDER));
                    }
                }
            }
        }

        // Minimum amount: never skipped silently.
        if (step.minimumAmount().isPresent()
                && step.minimumAmount().get().currency().equals(balance.currency())
                && balance.isLessThan(step.minimumAmount().get())) {
            String id = ActionIds.ofCase(ActionIds.BELOW_STEP_MINIMUM, file.id(), step.key());
            if (contains(otherIds, id)) {
                return terminal(file, policy, DunningStatus.EXHAUSTED, level, balance, contactDays, caseWarnings);
            }
            if (date.isAfter(asOf)) {
                return new CaseState(file, policy, DunningStatus.ACTIVE, null, level, step, date, balance, null,
                        contactDays, caseWarnings, timeBar, false, arrears);
            }
            List<Reason> reasons = null;
            if (explain) {
                reasons = new ArrayList<>();
                reasons.add(Reason.of("Step '" + step.key() + "' is taken from an outstanding principal of "
                        + step.minimumAmount().get() + "; this claim's is " + balance + ": waive the step (record "
                        + "StepWaived) or decide what follows. The step is not skipped silently"));
                reasons.addAll(scheduleReasons);
                addIfPresent(reasons, timeBarSoon);
            }
            Candidate candidate = new Candidate(ActionKind.BELOW_STEP_MINIMUM, step, level, date, null, id, reasons,
                    false, List.of(), true);
            return new CaseState(file, policy, DunningStatus.ACTIVE, null, level, step, date, balance, candidate,
                    contactDays, caseWarnings, timeBar, false, arrears);
        }
        if (date.isAfter(asOf)) {
            return new CaseState(file, policy, DunningStatus.ACTIVE, null, level, step, date, balance, null,
                    contactDays, caseWarnings, timeBar, consumerRules, arrears);
        }
        List<Reason> reasons = null;
        if (explain) {
            reasons = new ArrayList<>();
            reasons.add(step.basis());
            reasons.addAll(scheduleReasons);
            if (date.isBefore(asOf)) {
                reasons.add(Reason.of("Due since " + date + ": proposed once, now, with the next steps still to come "
                        + "in order"));
            }
            if (arrearsReason != null) {
                reasons.add(arrearsReason);
            }
            if (step.kind() == StepKind.RECOVERY_ROUTE) {
                reasons.addAll(legal.routeRecommendation(file, asOf).reasons());
            }
            addIfPresent(reasons, timeBarSoon);
        }
        boolean penaltyAllowed = consumerRules ? costs : costs && (putOnNotice || step.kind() == StepKind.FORMAL_NOTICE);
        Candidate candidate = new Candidate(ActionKind.STEP, step, level, date, null, null, reasons, costs, costReasons,
                step.requiresValidation(), penaltyAllowed);
        return new CaseState(file, policy, DunningStatus.ACTIVE, null, level, step, date, balance, candidate,
                contactDays, caseWarnings, timeBar, consumerRules, arrears);
    }

    private CaseState exhausted(RecoveryCase file, DunningPolicy policy, int level, LocalDate lastStepDate,
            Passage lastPassage, LocalDate floor, Amount balance, List<LocalDate> contactDays,
            List<DunningWarning> caseWarnings, LegalFacts.TimeBar timeBar, Optional<Amount> arrears,
            List<String> otherIds, Reason timeBarSoon) {
        String id = ActionIds.ofCase(ActionIds.POLICY_EXHAUSTED, file.id(), policy.name());
        if (contains(otherIds, id)) {
            return terminal(file, policy, DunningStatus.EXHAUSTED, level, balance, contactDays, caseWarnings);
        }
        LocalDate date = lastStepDate.plusDays(policy.exhaustedAfterDays());
        if (floor != null && floor.isAfter(date)) {
            date = floor;
        }
        if (date.isAfter(asOf)) {
            return new CaseState(file, policy, DunningStatus.ACTIVE, null, level, null, date, balance, null,
                    contactDays, caseWarnings, timeBar, false, arrears);
        }
        List<Reason> reasons = null;
        if (explain) {
            reasons = new ArrayList<>();
            reasons.add(Reason.of("Every step of policy '" + policy.name() + "' was passed (the last, '"
                    + lastPassage.step().key() + "', " + describe(lastPassage) + ") and " + balance + " is still "
                    + "owed: a person must decide what follows (write-off, collection agency, court)"));
            addIfPresent(reasons, timeBarSoon);
        }
        Candidate candidate = new Candidate(ActionKind.POLICY_EXHAUSTED, null, -1, date, null, id, reasons, false,
                List.of(), true);
        return new CaseState(file, policy, DunningStatus.ACTIVE, null, level, null, date, balance, candidate,
                contactDays, caseWarnings, timeBar, false, arrears);
    }

    private static boolean isStepAction(CaseEvent event) {
        if (event instanceof CaseEvent.ActionExecuted executed) {
            return ActionIds.isStep(executed.actionId());
        }
        return event instanceof CaseEvent.ActionRejected rejected && ActionIds.isStep(rejected.actionId());
    }

    private static boolean isPreDue(DunningStep step) {
        return step.trigger().anchor() == Anchor.DUE_DATE && step.trigger().offset() < 0;
    }

    private CaseState timeBarred(RecoveryCase file, DunningPolicy policy, LegalFacts.TimeBar timeBar, int level,
            Amount balance, List<LocalDate> contacts, List<DunningWarning> warnings, List<String> otherIds) {
        String expiry = timeBar.expiry().map(LocalDate::toString).orElse("");
        String id = ActionIds.ofCase(ActionIds.CLOSE_TIME_BARRED, file.id(), expiry);
        if (contains(otherIds, id)) {
            return new CaseState(file, policy, DunningStatus.TIME_BARRED, null, level, null, null, balance, null,
                    contacts, warnings, timeBar, false, Optional.empty());
        }
        LocalDate earliest = timeBar.expiry().map(d -> d.plusDays(1)).filter(d -> !d.isAfter(asOf)).orElse(asOf);
        List<Reason> reasons = null;
        if (explain) {
            reasons = new ArrayList<>();
            reasons.add(Reason.of("The claim is time-barred" + (expiry.isEmpty() ? "" : " since " + earliest)
                    + ": it may no longer be demanded. Close it: no reminder, no formal notice, no threat of "
                    + "proceedings"));
            reasons.addAll(timeBar.explanation().reasons());
        }
        Candidate candidate = new Candidate(ActionKind.CLOSE_TIME_BARRED, null, -1, earliest, null, id, reasons, false,
                List.of(), true);
        return new CaseState(file, policy, DunningStatus.TIME_BARRED, null, level, null, earliest, balance, candidate,
                contacts, warnings, timeBar, false, Optional.empty());
    }

    private static CaseState terminal(RecoveryCase file, DunningPolicy policy, DunningStatus status, int level,
            Amount balance, List<LocalDate> contacts, List<DunningWarning> warnings) {
        return new CaseState(file, policy, status, null, level, null, null, balance, null, contacts, warnings, null,
                false, Optional.empty());
    }

    private static CaseState paused(RecoveryCase file, DunningPolicy policy, Pause pause, int level, DunningStep next,
            Amount balance, Candidate candidate, List<LocalDate> contacts, List<DunningWarning> warnings,
            LegalFacts.TimeBar timeBar) {
        LocalDate resume = pause.until().map(d -> d.plusDays(1)).orElse(null);
        if (candidate != null) {
            resume = candidate.earliest();
        }
        return new CaseState(file, policy, DunningStatus.PAUSED, pause, level, next, resume, balance, candidate,
                contacts, warnings, timeBar, false, Optional.empty());
    }

    private static String stepLabel(DunningStep step, int level, int count) {
        return "Step '" + step.key() + "' (" + (level + 1) + " of " + count + ")";
    }

    private static String describe(Passage passage) {
        switch (passage.how()) {
            case EXECUTED:
                return "executed on " + passage.date();
            case REJECTED:
                return "rejected on " + passage.date();
            case LAPSED:
                return "lapsed on " + passage.date() + ": the due date passed before it was sent";
            default:
                return "waived on " + passage.date() + " (" + passage.note() + ")";
        }
    }

    private static boolean hasWrittenChannel(DunningStep step) {
        for (Channel channel : step.channels()) {
            if (channel.isWritten()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPaperChannel(DunningStep step) {
        for (Channel channel : step.channels()) {
            if (channel.isPaper()) {
                return true;
            }
        }
        return false;
    }

    private static int bit(AmicableProcess process) {
        return 1 << process.ordinal();
    }

    private static List<LocalDate> addContact(List<LocalDate> contacts, LocalDate date) {
        if (contacts == null) {
            List<LocalDate> list = new ArrayList<>(4);
            list.add(date);
            return list;
        }
        if (!contacts.get(contacts.size() - 1).equals(date)) {
            contacts.add(date);
        }
        return contacts;
    }

    private static <T> List<T> add(List<T> list, T element) {
        List<T> result = list == null ? new ArrayList<>(2) : list;
        result.add(element);
        return result;
    }

    private static void addIfPresent(List<Reason> reasons, Reason reason) {
        if (reason != null) {
            reasons.add(reason);
        }
    }

    private static CaseEvent.StepWaived find(List<CaseEvent.StepWaived> waivers, String key) {
        for (CaseEvent.StepWaived waiver : waivers) {
            if (waiver.stepKey().equals(key)) {
                return waiver;
            }
        }
        return null;
    }

    private static boolean contains(List<String> ids, String id) {
        return ids != null && ids.contains(id);
    }

    private static LocalDate dateOf(List<String> ids, List<LocalDate> dates, String id) {
        if (ids == null) {
            return null;
        }
        int index = ids.indexOf(id);
        return index < 0 ? null : dates.get(index);
    }

}
