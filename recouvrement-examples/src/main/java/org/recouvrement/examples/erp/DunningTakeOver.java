package org.recouvrement.examples.erp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.recouvrement.dunning.Anchor;
import org.recouvrement.dunning.DunningPolicy;
import org.recouvrement.dunning.DunningStep;
import org.recouvrement.dunning.PolicySet;
import org.recouvrement.dunning.StepKind;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * An integrator's own rule for the day it switches its dunning to the library: the reminders and formal notices its
 * previous process sent are recorded as steps taken, so that the library carries on from there rather than starting
 * every case again at the first reminder.
 *
 * <p>The library counts the {@code ReminderSent} and {@code FormalNoticeSent} events an ERP records as contacts only:
 * a step of the policy is passed by recording its action as executed or by waiving it ({@code StepWaived}). This rule
 * waives, for a case the library has never dunned, the steps the previous process already took:
 * <ul>
 *   <li>after a formal notice, every step up to the policy's first formal notice;</li>
 *   <li>otherwise, the policy's reminders after the due date (courteous, then firm), one per reminder sent, and the
 *       steps before them (a reminder scheduled before the due date, a phone call).</li>
 * </ul>
 * The waivers are dated the day of the last of those contacts, from which the next step counts. A case that already
 * records an action executed, rejected or waived is left as it is: the library already dunns it.
 *
 * <p>This is a choice of migration, not law, and it is the integrator's: another ERP may know its dunning levels and
 * waive exactly those steps.
 */
public final class DunningTakeOver {

    /** The reason recorded with each waiver. */
    public static final String REASON = "taken by the previous dunning process";

    private DunningTakeOver() {
    }

    /**
     * Returns the cases with the steps their previous dunning took recorded as waived.
     *
     * @param cases the cases, as read from the ERP
     * @param policies the policies the cases will be dunned with
     * @return the cases in the same order, each with its waivers added, or unchanged
     */
    public static List<RecoveryCase> takeOver(Collection<RecoveryCase> cases, PolicySet policies) {
        Objects.requireNonNull(policies, "policies");
        List<RecoveryCase> result = new ArrayList<>(cases.size());
        for (RecoveryCase file : cases) {
            result.add(takeOver(file, policies.policyFor(file)));
        }
        return result;
    }

    /**
     * Returns a case with the steps its previous dunning took recorded as waived.
     *
     * @param file the case, as read from the ERP
     * @param policy the policy it will be dunned with
     * @return the case with its waivers added, or the case itself when there is nothing to waive or it is already
     *         dunned by the library
     */
    public static RecoveryCase takeOver(RecoveryCase file, DunningPolicy policy) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(policy, "policy");
        boolean dunnedByLibrary = file.events().stream().anyMatch(event -> event instanceof CaseEvent.ActionExecuted
                || event instanceof CaseEvent.ActionRejected || event instanceof CaseEvent.StepWaived);
        if (dunnedByLibrary) {
            return file;
        }
        List<CaseEvent.ReminderSent> reminders = file.events(CaseEvent.ReminderSent.class);
        List<CaseEvent.FormalNoticeSent> notices = file.events(CaseEvent.FormalNoticeSent.class);
        Optional<LocalDate> lastContact = lastDate(reminders, notices);
        if (lastContact.isEmpty()) {
            return file;
        }
        int lastTaken = notices.isEmpty() ? lastReminderTaken(policy, reminders.size()) : firstFormalNotice(policy);
        List<CaseEvent> waivers = new ArrayList<>();
        for (int i = 0; i <= lastTaken; i++) {
            waivers.add(new CaseEvent.StepWaived(lastContact.get(), policy.steps().get(i).key(), REASON));
        }
        return waivers.isEmpty() ? file : file.withEvents(waivers);
    }

    private static int firstFormalNotice(DunningPolicy policy) {
        List<DunningStep> steps = policy.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == StepKind.FORMAL_NOTICE) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the step the n-th reminder after the due date took, or of the last reminder of the policy. */
    private static int lastReminderTaken(DunningPolicy policy, int reminders) {
        List<DunningStep> steps = policy.steps();
        int last = -1;
        int counted = 0;
        for (int i = 0; i < steps.size() && counted < reminders; i++) {
            DunningStep step = steps.get(i);
            boolean reminder = step.kind() == StepKind.COURTEOUS_REMINDER || step.kind() == StepKind.FIRM_REMINDER;
            boolean beforeDue = step.trigger().anchor() == Anchor.DUE_DATE && step.trigger().offset() < 0;
            if (reminder && !beforeDue) {
                last = i;
                counted++;
            }
        }
        return last;
    }

    private static Optional<LocalDate> lastDate(List<CaseEvent.ReminderSent> reminders,
            List<CaseEvent.FormalNoticeSent> notices) {
        return Stream.concat(reminders.stream(), notices.stream()).map(CaseEvent::date)
                .max(Comparator.naturalOrder());
    }
}
