package org.recouvrement.claim;

/**
 * The two ways practice reads "45 days end of month" (<i>45 jours fin de mois</i>); the contract must say which.
 * For an invoice of 10 March: {@link #DAYS_THEN_END_OF_MONTH} gives 30 April, {@link #END_OF_MONTH_THEN_DAYS}
 * gives 15 May.
 */
public enum EndOfMonthMethod {
    /** Add the days to the invoice date, then go to the end of that month. */
    DAYS_THEN_END_OF_MONTH,
    /** Go to the end of the invoice's month, then add the days. */
    END_OF_MONTH_THEN_DAYS
}
