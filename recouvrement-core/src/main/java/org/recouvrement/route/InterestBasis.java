package org.recouvrement.route;

/**
 * Whether the interest claimed runs at a rate the law sets or at a rate the contract sets, as form A of the European
 * order for payment asks (Reg. (EC) No 1896/2006, art. 7(2)(c)).
 */
public enum InterestBasis {
    /**
     * A rate set by law: the French legal rate (C. civ. art. 1231-6, CMF art. L313-2), the French late-payment rate
     * between professionals in the absence of a contractual rate (ECB rate + 10 points, C. com. art. L441-10), the
     * Belgian legal or late-payment rate.
     */
    STATUTORY,
    /** A rate set by the contract, within the floor the law sets (C. com. art. L441-10 II between professionals). */
    CONTRACTUAL
}
