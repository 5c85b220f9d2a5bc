package org.recouvrement.interest;

/**
 * Why a debt received part of a payment, following the order of C. civ. art. 1342-10.
 */
public enum ImputationGround {

    /** The debtor designated the debt when paying (al. 1). */
    DEBTOR_DESIGNATION,

    /** The debt was due and a debt still unpaid was not (al. 2: due debts first). */
    DUE_DEBTS_FIRST,

    /**
     * The debtor had more interest in paying it than a debt still unpaid: the caller's judgment, or by default the
     * higher rate (al. 2).
     */
    GREATEST_INTEREST,

    /** All else equal, the debt was older (earlier due date) than a debt still unpaid (al. 2). */
    OLDEST,

    /** All else equal, the payment was shared in proportion to the sums owed (al. 2). */
    PROPORTIONAL,

    /** No other debt remained unpaid to compete with it: the payment covered every debt ranked after it. */
    NO_COMPETING_DEBT
}
