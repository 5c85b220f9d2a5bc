package org.recouvrement.route;

/** A route's conditions, applied to the facts of a case on a date. */
interface RouteRule extends RecoveryRoute {

    /**
     * Assesses the route.
     *
     * @param facts the facts of the case on the date asked
     * @return the assessed option
     */
    RouteOption assess(RouteFacts facts);
}
