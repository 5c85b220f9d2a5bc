package org.recouvrement.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.Claim;
import org.recouvrement.internal.Checks;
import org.recouvrement.money.Amount;

/**
 * A recovery case (<i>dossier de recouvrement</i>): one claim and the timeline of what happened to it.
 *
 * <p>The timeline is kept in a canonical order: by date, then by a fixed order of event kinds for events of the
 * same day, so that a case built from the same events in any order is equal and gives the same answers. Adding an
 * event returns a new case; a case never changes.
 *
 * <p>An event dated before the claim arose (the earlier of its issue and performance dates) or in another
 * currency than the claim is refused with {@link InvalidCaseEventException}.
 *
 * <pre>{@code
 * RecoveryCase file = RecoveryCase.of(claim)
 *     .withEvent(new CaseEvent.ReminderSent(LocalDate.of(2026, 3, 1), ContactChannel.EMAIL))
 *     .withEvent(new CaseEvent.PaymentReceived(LocalDate.of(2026, 3, 10), Amount.euros("250.00")));
 * file.outstandingBalance(LocalDate.of(2026, 3, 31)); // EUR 1000.00
 * }</pre>
 */
@Value.Immutable
public abstract class RecoveryCase {

    private static final Map<Class<?>, Integer> SAME_DAY_ORDER = sameDayOrder();

    RecoveryCase() {
    }

    /**
     * Returns a case with the claim and no event yet.
     *
     * @param claim the claim
     * @return the case
     */
    public static RecoveryCase of(Claim claim) {
        return ImmutableRecoveryCase.builder().claim(claim).build();
    }

    /**
     * Returns a case with the claim and the given events, in any order.
     *
     * @param claim the claim
     * @param events the events
     * @return the case, its events in canonical order
     */
    public static RecoveryCase of(Claim claim, Collection<? extends CaseEvent> events) {
        Checks.present(events, "events");
        return ImmutableRecoveryCase.builder().claim(claim).addAllEvents(events).build();
    }

    /**
     * Returns the claim.
     *
     * @return the claim
     */
    public abstract Claim claim();

    /**
     * Returns the events in canonical order: by date, then by kind for events of the same day.
     *
     * @return the timeline
     */
    public abstract List<CaseEvent> events();

    /**
     * Returns the case's identifier; the claim's reference.
     *
     * @return the identifier
     */
    public String id() {
        return claim().reference();
    }

    /**
     * Returns this case with one more event, placed in order.
     *
     * @param event the event
     * @return a new case
     */
    public RecoveryCase withEvent(CaseEvent event) {
        Checks.present(event, "event");
        return ImmutableRecoveryCase.builder().claim(claim()).addAllEvents(events()).addEvents(event).build();
    }

    /**
     * Returns this case with more events, placed in order.
     *
     * @param more the events
     * @return a new case
     */
    public RecoveryCase withEvents(Collection<? extends CaseEvent> more) {
        Checks.present(more, "more");
        return ImmutableRecoveryCase.builder().claim(claim()).addAllEvents(events()).addAllEvents(more).build();
    }

    /**
     * Returns the events of one kind, in order.
     *
     * @param <T> the kind of event
     * @param kind the class of the events wanted, such as {@code CaseEvent.PaymentReceived.class}
     * @return the events of that kind
     */
    public <T extends CaseEvent> List<T> events(Class<T> kind) {
        Checks.present(kind, "kind");
        List<T> result = new ArrayList<>();
        for (CaseEvent event : events()) {
            if (kind.isInstance(event)) {
                result.add(kind.cast(event));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the events that happened on or before a date, in order.
     *
     * @param asOf the date, inclusive
     * @return the events known on that date
     */
    public List<CaseEvent> eventsUntil(LocalDate asOf) {
        Checks.present(asOf, "asOf");
        List<CaseEvent> result = new ArrayList<>();
        for (CaseEvent event : events()) {
            if (event.date().isAfter(asOf)) {
                break;
            }
            result.add(event);
        }
        return List.copyOf(result);
    }

    /**
     * Returns the latest event of a kind on or before a date.
     *
     * @param <T> the kind of event
     * @param kind the class of the event
     * @param asOf the date, inclusive
     * @return the latest such event, if any
     */
    public <T extends CaseEvent> Optional<T> latest(Class<T> kind, LocalDate asOf) {
        Checks.present(kind, "kind");
        Checks.present(asOf, "asOf");
        T found = null;
        for (CaseEvent event : events()) {
            if (event.date().isAfter(asOf)) {
                break;
            }
            if (kind.isInstance(event)) {
                found = kind.cast(event);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Returns the total paid by the debtor on or before a date.
     *
     * @param asOf the date, inclusive
     * @return the sum of the payments received
     */
    public Amount amountPaid(LocalDate asOf) {
        Amount total = Amount.zero(claim().currency());
        for (CaseEvent event : eventsUntil(asOf)) {
            if (event instanceof CaseEvent.PaymentReceived payment) {
                total = total.plus(payment.amount());
            }
        }
        return total;
    }

    /**
     * Returns the principal still owed on a date: the principal less the payments received and the credit notes
     * issued on or before it. Interest and costs are not included (the interest package computes them). A negative
     * result means the debtor overpaid.
     *
     * @param asOf the date, inclusive
     * @return the outstanding principal
     */
    public Amount outstandingBalance(LocalDate asOf) {
        Amount balance = claim().principal();
        for (CaseEvent event : eventsUntil(asOf)) {
            if (event instanceof CaseEvent.PaymentReceived payment) {
                balance = balance.minus(payment.amount());
            } else if (event instanceof CaseEvent.CreditNoteIssued credit) {
                balance = balance.minus(credit.amount());
            }
        }
        return balance;
    }

    /**
     * Returns the first day the claim existed: the earlier of its issue date and its performance date.
     *
     * @return the date the claim arose
     */
    public LocalDate claimArose() {
        LocalDate issue = claim().issueDate();
        return claim().performanceDate().filter(p -> p.isBefore(issue)).orElse(issue);
    }

    @Value.Check
    RecoveryCase normalise() {
        LocalDate arose = claimArose();
        for (CaseEvent event : events()) {
            if (event.date().isBefore(arose)) {
                throw new InvalidCaseEventException(event.getClass().getSimpleName() + ".date", event.date(),
                        "is before the claim arose on " + arose);
            }
            for (Amount amount : amountsOf(event)) {
                if (!amount.currency().equals(claim().currency())) {
                    throw new InvalidCaseEventException(event.getClass().getSimpleName() + ".amount", amount,
                            "is not in the claim's currency " + claim().currency().getCurrencyCode());
                }
            }
        }
        if (isCanonical(events())) {
            return this;
        }
        List<CaseEvent> sorted = new ArrayList<>(events());
        sorted.sort(TIMELINE_ORDER);
        return ImmutableRecoveryCase.builder().claim(claim()).addAllEvents(sorted).build();
    }

    private static List<Amount> amountsOf(CaseEvent event) {
        if (event instanceof CaseEvent.PaymentReceived e) {
            return List.of(e.amount());
        }
        if (event instanceof CaseEvent.CreditNoteIssued e) {
            return List.of(e.amount());
        }
        if (event instanceof CaseEvent.PromiseToPay e) {
            return List.of(e.amount());
        }
        if (event instanceof CaseEvent.ProofOfClaimFiled e) {
            return List.of(e.amount());
        }
        if (event instanceof CaseEvent.DecisionRendered e) {
            return e.amountAwarded().map(List::of).orElse(List.of());
        }
        if (event instanceof CaseEvent.PaymentPlanAgreed e) {
            List<Amount> amounts = new ArrayList<>();
            e.instalments().forEach(i -> amounts.add(i.amount()));
            return amounts;
        }
        return List.of();
    }

    private static boolean isCanonical(List<CaseEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (TIMELINE_ORDER.compare(events.get(i - 1), events.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical order: by date, then by a fixed order of kinds (what happened first in a day's logic: the
     * claim's own changes, then the debtor's acts, then the creditor's, then the courts'), then by text form.
     */
    private static final Comparator<CaseEvent> TIMELINE_ORDER = Comparator
            .comparing(CaseEvent::date)
            .thenComparing(e -> SAME_DAY_ORDER.getOrDefault(e.getClass(), Integer.MAX_VALUE))
            .thenComparing(Object::toString);

    private static Map<Class<?>, Integer> sameDayOrder() {
        List<Class<?>> order = List.of(
                CaseEvent.DueDatePostponed.class,
                CaseEvent.CreditNoteIssued.class,
                CaseEvent.PaymentReceived.class,
                CaseEvent.DebtAcknowledged.class,
                CaseEvent.PromiseToPay.class,
                CaseEvent.PaymentPlanAgreed.class,
                CaseEvent.PaymentPlanBreached.class,
                CaseEvent.AccelerationDeclared.class,
                CaseEvent.DisputeOpened.class,
                CaseEvent.DisputeClosed.class,
                CaseEvent.ReminderSent.class,
                CaseEvent.FormalNoticeSent.class,
                CaseEvent.FormalNoticeDelivered.class,
                CaseEvent.AmicableProcessStarted.class,
                CaseEvent.AmicableProcessEnded.class,
                CaseEvent.SmallClaimsProcedureAccepted.class,
                CaseEvent.SmallClaimsProcedureRefused.class,
                CaseEvent.ImpedimentStarted.class,
                CaseEvent.ImpedimentEnded.class,
                CaseEvent.MeasureOfInquiryOrdered.class,
                CaseEvent.MeasureOfInquiryCompleted.class,
                CaseEvent.CourtActionFiled.class,
                CaseEvent.CourtActionWithdrawn.class,
                CaseEvent.CourtActionLapsed.class,
                CaseEvent.CourtActionDismissed.class,
                CaseEvent.DecisionRendered.class,
                CaseEvent.DecisionServed.class,
                CaseEvent.EnforcementMeasureTaken.class,
                CaseEvent.InsolvencyOpened.class,
                CaseEvent.ProofOfClaimFiled.class,
                CaseEvent.InsolvencyClosed.class,
                CaseEvent.WrittenOff.class,
                CaseEvent.ActionExecuted.class,
                CaseEvent.ActionRejected.class,
                CaseEvent.StepWaived.class);
        java.util.HashMap<Class<?>, Integer> ranks = new java.util.HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ranks.put(order.get(i), i);
        }
        return Map.copyOf(ranks);
    }
}
