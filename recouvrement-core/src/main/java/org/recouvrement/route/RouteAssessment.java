package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;

/**
 * The answer of the {@link RouteAdvisor} for one case on one date: every route with its eligibility, the recommended
 * next step, the protective measures worth taking, and the deadlines of the routes under way.
 *
 * <p>When the parties' places fall outside the legal orders the library knows (neither party in France or Belgium),
 * the assessment says so in {@link #unsupported()} and lists no route, rather than guessing.
 */
@Value.Immutable
public abstract class RouteAssessment {

    RouteAssessment() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RouteAssessment}. */
    static final class Builder extends ImmutableRouteAssessment.Builder {
        Builder() {
        }
    }

    /**
     * Returns the case assessed.
     *
     * @return the case identifier
     */
    public abstract String caseId();

    /**
     * Returns the date the assessment answers for.
     *
     * @return the date
     */
    public abstract LocalDate asOf();

    /**
     * Returns why the case is outside what the library supports, if it is.
     *
     * @return the explanation, or empty for a supported case
     */
    public abstract Optional<Explanation> unsupported();

    /**
     * Returns every route the library knows, assessed, in the order amicable before judicial.
     *
     * @return the routes, empty for an unsupported case
     */
    public abstract List<RouteOption> options();

    /**
     * Returns the recommended next step, if any route is open.
     *
     * @return the route to take next
     */
    public abstract Optional<RouteKind> recommended();

    /**
     * Returns why that step is recommended, or why none is.
     *
     * @return the explanation
     */
    public abstract Explanation recommendation();

    /**
     * Returns the protective measures worth taking now, each with its legal basis where it has one.
     *
     * @return the measures
     */
    public abstract List<Reason> protectiveMeasures();

    /**
     * Tells whether the claim is time-barred on the date asked.
     *
     * @return true if limitation has run
     */
    public abstract boolean timeBarred();

    /**
     * Returns the date the claim becomes (or became) time-barred.
     *
     * @return the limitation expiry, if the limitation engine could compute it
     */
    public abstract Optional<LocalDate> limitationExpiry();

    /**
     * Returns the deadlines of every route under way, earliest first.
     *
     * @return the deadlines
     */
    @Value.Derived
    public List<RouteDeadline> nextDeadlines() {
        return options().stream().flatMap(o -> o.deadlines().stream())
                .sorted((a, b) -> a.lastDay().compareTo(b.lastDay())).toList();
    }

    /**
     * Returns the assessment of one route.
     *
     * @param kind the route
     * @return its option, or empty for an unsupported case
     */
    public Optional<RouteOption> option(RouteKind kind) {
        return options().stream().filter(o -> o.kind() == kind).findFirst();
    }

    /**
     * Returns the routes open now.
     *
     * @return the eligible options
     */
    public List<RouteOption> eligible() {
        return options().stream().filter(RouteOption::isEligible).toList();
    }
}
