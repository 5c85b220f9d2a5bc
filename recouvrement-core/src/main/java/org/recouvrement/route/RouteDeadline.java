package org.recouvrement.route;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.LegalReference;

/**
 * A deadline of a route under way or about to start: what must be done, by which day (inclusive, until 24:00), and
 * the rule that sets it. For example: serve the order for payment by 2026-09-14 (CPC art. 1411).
 */
@Value.Immutable
public abstract class RouteDeadline {

    RouteDeadline() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RouteDeadline}. */
    static final class Builder extends ImmutableRouteDeadline.Builder {
        Builder() {
        }
    }

    /**
     * Returns the route the deadline belongs to.
     *
     * @return the route
     */
    public abstract RouteKind route();

    /**
     * Returns what must be done by the deadline, in English: "serve the order for payment".
     *
     * @return the action
     */
    public abstract String action();

    /**
     * Returns who must act: the creditor, or the debtor (an opposition).
     *
     * @return true if the creditor must act before the deadline; false if it is the debtor's time limit
     */
    public abstract boolean creditorMustAct();

    /**
     * Returns the last day, inclusive: the act may be done until 24:00 that day.
     *
     * @return the last day
     */
    public abstract LocalDate lastDay();

    /**
     * Returns the rule that sets the deadline.
     *
     * @return the reference
     */
    public abstract LegalReference reference();

    /**
     * Returns how the last day was computed (start, duration, moves off non-working days).
     *
     * @return the explanation
     */
    public abstract Explanation explanation();
}
