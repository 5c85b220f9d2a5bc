package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.party.Party;
import org.recouvrement.recovery.CaseEvent;

/**
 * An action the decision proposes: what to do, for which claims, through which channels, between which dates, and
 * why. Deciding never sends nor stores anything: the caller executes what it chooses and records, on each case of the
 * action, {@link #executed(LocalDate)} or {@link #rejected(LocalDate)}.
 *
 * <p>The {@link #id()} is stable: the same claims at the same steps give the same identifier on every run, whatever
 * the date, so a caller may use it to avoid sending twice; a decision rerun after the action was recorded does not
 * propose it again. A step action's identifier reads {@code step:<stepKey>:<digest>}.
 */
@Value.Immutable
public abstract class ProposedAction {

    ProposedAction() {
    }

    /**
     * Returns the stable identifier of the action.
     *
     * @return the identifier
     */
    @Value.Parameter
    public abstract String id();

    /**
     * Returns what the action is.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract ActionKind kind();

    /**
     * Returns the name of the policy the action follows.
     *
     * @return the policy name
     */
    @Value.Parameter
    public abstract String policyName();

    /**
     * Returns the step taken, for a step action: for a letter grouping claims at several levels, the most advanced
     * one, whose channels and template the letter uses.
     *
     * @return the step, or empty for another kind
     */
    @Value.Parameter
    public abstract Optional<DunningStep> step();

    /**
     * Returns the claims the action covers, by case id.
     *
     * @return the items, at least one
     */
    @Value.Parameter
    public abstract List<ActionItem> items();

    /**
     * Returns the creditor.
     *
     * @return the creditor of the claims
     */
    @Value.Parameter
    public abstract Party creditor();

    /**
     * Returns the debtor.
     *
     * @return the debtor of the claims
     */
    @Value.Parameter
    public abstract Party debtor();

    /**
     * Returns the channels to use, in the policy's order of preference.
     *
     * @return the channels; empty for an internal task
     */
    @Value.Parameter
    public abstract List<Channel> channels();

    /**
     * Returns the template to render the letter or task with.
     *
     * @return the template key, if the action has a template
     */
    @Value.Parameter
    public abstract Optional<String> templateKey();

    /**
     * Returns the first day the action may be executed.
     *
     * @return the earliest date, possibly before the date of the decision if a batch did not run
     */
    @Value.Parameter
    public abstract LocalDate earliestDate();

    /**
     * Returns the last day the action should be executed: the end of the policy's window, or a legal deadline
     * (the proof of claim's).
     *
     * @return the latest date
     */
    @Value.Parameter
    public abstract LocalDate latestDate();

    /**
     * Returns why the action is proposed: the step's basis, how its date was computed, the legal facts behind it.
     *
     * <p>Composed on first call, then kept: a decision keeps the facts of each case, not the sentences, so that
     * deciding over a large portfolio writes no text nobody reads. The same decision always gives the same reasons.
     *
     * @return the reasons, never empty
     */
    @Value.Lazy
    public Explanation reasons() {
        return ActionReasons.of(this);
    }

    /** The policy the action follows, to compose the reasons. */
    @Value.Parameter
    @Value.Auxiliary
    abstract DunningPolicy policy();

    /** The engines the decision asked, to compose the reasons. */
    @Value.Parameter
    @Value.Auxiliary
    abstract LegalFacts legalFacts();

    /** Why the action's earliest date was moved by the contact rules, if it was. */
    @Value.Parameter
    @Value.Auxiliary
    abstract Optional<Reason> contactRule();

    /**
     * Tells whether a person must validate the action before it is executed.
     *
     * @return true if validation is needed
     */
    @Value.Parameter
    public abstract boolean requiresValidation();

    /**
     * Returns the identifiers of the cases the action covers, in item order.
     *
     * @return the case ids
     */
    public List<String> caseIds() {
        List<String> ids = new ArrayList<>(items().size());
        for (ActionItem item : items()) {
            ids.add(item.caseId());
        }
        return List.copyOf(ids);
    }

    /**
     * Tells whether the action contacts the debtor (a reminder, a call, a formal notice).
     *
     * @return true for a contact step
     */
    public boolean isContact() {
        return kind() == ActionKind.STEP && step().isPresent() && step().get().kind().isContact();
    }

    /**
     * Returns the event to record on each case of the action once it is executed.
     *
     * @param date the date it was executed
     * @return the event
     */
    public CaseEvent.ActionExecuted executed(LocalDate date) {
        return new CaseEvent.ActionExecuted(Checks.present(date, "date"), id());
    }

    /**
     * Returns the event to record on each case of the action if a person rejects it. A rejected step is passed
     * without contact: the next step counts from the rejection.
     *
     * @param date the date it was rejected
     * @return the event
     */
    public CaseEvent.ActionRejected rejected(LocalDate date) {
        return new CaseEvent.ActionRejected(Checks.present(date, "date"), id());
    }

    /**
     * Returns the contact event the other engines of the library read (the route advisor counts Belgian consumers'
     * waiting time from the first reminder sent; interest runs from a formal notice delivered), to record on each case
     * next to {@link #executed(LocalDate)} for the channel actually used. The planner counts a day's contacts once,
     * however many events record them.
     *
     * @param date the date the letter, e-mail or call went out
     * @param channel the channel used, one of {@link #channels()}
     * @return {@code FormalNoticeSent} for a formal notice, {@code ReminderSent} for another contact step; empty for an
     *     action that contacts nobody
     * @throws InvalidPolicyException if the channel is not one of the action's
     */
    public Optional<CaseEvent> contactEvent(LocalDate date, Channel channel) {
        Checks.present(date, "date");
        Checks.present(channel, "channel");
        if (!isContact()) {
            return Optional.empty();
        }
        if (!channels().contains(channel)) {
            throw new InvalidPolicyException("channel", channel, "is not one of the action's channels " + channels());
        }
        if (step().get().kind() == StepKind.FORMAL_NOTICE) {
            return Optional.of(new CaseEvent.FormalNoticeSent(date, channel.contactChannel()));
        }
        return Optional.of(new CaseEvent.ReminderSent(date, channel.contactChannel()));
    }

    @Value.Check
    void check() {
        if (items().isEmpty()) {
            throw new InvalidPolicyException("items", "[]", "must hold at least one claim");
        }
    }
}
