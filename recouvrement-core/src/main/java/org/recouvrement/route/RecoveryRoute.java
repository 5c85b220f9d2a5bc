package org.recouvrement.route;

import java.util.List;
import org.recouvrement.law.LegalReference;

/**
 * A recovery route (<i>voie de recouvrement</i>) as the law defines it: its kind and the texts that govern it. The
 * {@link RouteAdvisor} assesses each route against a case on a date.
 */
public interface RecoveryRoute {

    /**
     * Returns the route.
     *
     * @return the kind
     */
    RouteKind kind();

    /**
     * Returns the main texts that govern the route.
     *
     * @return the references, at least one
     */
    List<LegalReference> legalBasis();
}
