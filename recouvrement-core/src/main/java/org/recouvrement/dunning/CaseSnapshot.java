package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Reason;
import org.recouvrement.limitation.LimitationAssessment;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.route.RouteAssessment;
import org.recouvrement.route.RouteDeadline;
import org.recouvrement.route.RouteKind;
import org.recouvrement.route.RouteOption;

/**
 * Where one case stands on the date of a decision: its status, the steps passed and the next one with its date, a
 * pause or a deferral, the outstanding principal, and the actions proposed for it.
 *
 * <p>The dunning state is read from the case's timeline only. The figures that cost a computation (interest to date,
 * limitation, routes) are computed on first call and then kept, so that a decision over a million cases holds little
 * more than the cases themselves.
 */
@Value.Immutable
public abstract class CaseSnapshot {

    CaseSnapshot() {
    }

    /**
     * Returns the identifier of the case (the claim's reference).
     *
     * @return the case id
     */
    @Value.Parameter
    public abstract String caseId();

    /**
     * Returns the date of the decision.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate asOf();

    /**
     * Returns where the case stands.
     *
     * @return the status
     */
    @Value.Parameter
    public abstract DunningStatus status();

    /**
     * Returns the name of the policy applied to the case.
     *
     * @return the policy name
     */
    @Value.Parameter
    public abstract String policyName();

    /**
     * Returns how many steps of the policy were passed: executed, rejected or waived.
     *
     * @return the number of steps passed
     */
    @Value.Parameter
    public abstract int stepsPassed();

    /**
     * Returns the next step of the policy, while dunning is not over.
     *
     * @return the next step, if any
     */
    @Value.Parameter
    public abstract Optional<DunningStep> nextStep();

    /**
     * Returns the date the next action falls due, taking the pauses, the spacing and the cap into account; a date
     * on or before the decision's date means an action is proposed or deferred today.
     *
     * @return the date, if known
     */
    @Value.Parameter
    public abstract Optional<LocalDate> nextActionDate();

    /**
     * Returns the pause, when the status is {@link DunningStatus#PAUSED}.
     *
     * @return the pause
     */
    @Value.Parameter
    public abstract Optional<Pause> pause();

    /**
     * Returns why a step due today was held back by the minimum spacing or the cap of contacts with the debtor.
     *
     * @return the reason, if the step was deferred
     */
    @Value.Parameter
    public abstract Optional<Reason> deferral();

    /**
     * Returns the principal still owed: the principal less the payments and credit notes recorded (interest and costs
     * are in {@link #amounts()}).
     *
     * @return the outstanding principal
     */
    @Value.Parameter
    public abstract Amount balance();

    /**
     * Returns the identifiers of the actions proposed for the case in this decision.
     *
     * @return the action ids, possibly empty
     */
    @Value.Parameter
    public abstract List<String> actionIds();

    /**
     * Returns the case.
     *
     * @return the case, as given to the decision
     */
    @Value.Parameter
    @Value.Auxiliary
    public abstract RecoveryCase recoveryCase();

    @Value.Parameter
    @Value.Auxiliary
    abstract AmountsCalculator calculator();

    @Value.Parameter
    @Value.Auxiliary
    abstract LegalFacts legalFacts();

    /**
     * Returns what is owed on the date: principal, interest to date with its statement, and the recovery compensation
     * owed by law. Computed on first call.
     *
     * @return the amounts
     */
    @Value.Lazy
    public ClaimedAmounts amounts() {
        return calculator().amounts(recoveryCase(), asOf(), true, false, false, Optional.empty(), List.of());
    }

    /**
     * Returns the limitation assessment of the case on the date, computed on first call (a decision does not keep the
     * assessments it made while deciding: the same case and date give the same assessment).
     *
     * @return the assessment
     * @throws org.recouvrement.limitation.InconsistentTimelineException if the limitation engine cannot read the
     *     timeline
     */
    @Value.Lazy
    public LimitationAssessment limitation() {
        return legalFacts().limitation(recoveryCase(), asOf());
    }

    /**
     * Returns the last day of the limitation period, when the limitation engine can tell.
     *
     * @return the expiry, if known
     * @throws org.recouvrement.limitation.InconsistentTimelineException if the limitation engine cannot read the
     *     timeline
     */
    public Optional<LocalDate> limitationExpiry() {
        return limitation().expiry();
    }

    /**
     * Returns the route assessment of the case on the date, computed on first call.
     *
     * @return the routes, open and closed, with the recommended step
     */
    @Value.Lazy
    public RouteAssessment routes() {
        return legalFacts().routes(recoveryCase(), asOf());
    }

    /**
     * Returns the recovery routes open on the date.
     *
     * @return the open routes
     */
    public List<RouteKind> openRoutes() {
        List<RouteKind> open = new ArrayList<>();
        for (RouteOption option : routes().eligible()) {
            open.add(option.kind());
        }
        return List.copyOf(open);
    }

    /**
     * Returns the next procedural deadline of the routes under way, if any.
     *
     * @return the earliest deadline
     */
    public Optional<RouteDeadline> nextDeadline() {
        List<RouteDeadline> deadlines = routes().nextDeadlines();
        return deadlines.isEmpty() ? Optional.empty() : Optional.of(deadlines.get(0));
    }
}
