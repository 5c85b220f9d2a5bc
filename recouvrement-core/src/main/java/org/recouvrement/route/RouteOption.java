package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Reason;

/**
 * One route as assessed on a date: whether it is open, before which forum, with or without a lawyer, whether the
 * decision can be appealed, what must be done first, and its deadlines.
 */
@Value.Immutable
public abstract class RouteOption {

    RouteOption() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RouteOption}. */
    static final class Builder extends ImmutableRouteOption.Builder {
        Builder() {
        }
    }

    /**
     * Returns the route.
     *
     * @return the route
     */
    public abstract RouteKind kind();

    /**
     * Returns whether the route is open, and why.
     *
     * @return the eligibility
     */
    public abstract Eligibility eligibility();

    /**
     * Returns the competent forum, where the route goes before one.
     *
     * @return the forum, if the library can name it
     */
    public abstract Optional<CompetentForum> forum();

    /**
     * Tells whether a lawyer is mandatory (<i>représentation obligatoire</i>), with the reason.
     *
     * @return the answer and its reason, where it applies
     */
    public abstract Optional<RuleAnswer> lawyerMandatory();

    /**
     * Tells whether the decision the route leads to can be appealed, with the reason.
     *
     * @return the answer and its reason, where it applies
     */
    public abstract Optional<RuleAnswer> appealable();

    /**
     * Returns the steps the law requires before this route and that the timeline does not show yet.
     *
     * @return the missing prior steps, each with its legal basis
     */
    public abstract List<Reason> missingPriorSteps();

    /**
     * Returns the deadlines of the route, if it is under way.
     *
     * @return the deadlines, earliest first
     */
    public abstract List<RouteDeadline> deadlines();

    /**
     * Tells whether the route is open now.
     *
     * @return true if {@link Eligibility.Eligible}
     */
    public boolean isEligible() {
        return eligibility() instanceof Eligibility.Eligible;
    }

    /**
     * Tells whether the law closes the route on the date asked.
     *
     * @return true if {@link Eligibility.Ineligible}
     */
    public boolean isIneligible() {
        return eligibility() instanceof Eligibility.Ineligible;
    }
}
