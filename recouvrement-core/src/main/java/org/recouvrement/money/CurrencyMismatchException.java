package org.recouvrement.money;

import java.util.Currency;
import java.util.Objects;
import org.recouvrement.RecouvrementException;

/**
 * Two amounts in different currencies were combined or compared. The library never converts currencies.
 */
public final class CurrencyMismatchException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /** The expected currency. */

    private final Currency expected;
    /** The currency that did not match. */
    private final Currency actual;

    /**
     * Creates the exception.
     *
     * @param expected the currency of the left-hand amount
     * @param actual the currency that does not match it
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency " + actual.getCurrencyCode() + " does not match " + expected.getCurrencyCode()
                + "; amounts in different currencies cannot be combined");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
    }

    /**
     * Returns the currency that was expected.
     *
     * @return the expected currency
     */
    public Currency expected() {
        return expected;
    }

    /**
     * Returns the currency that did not match.
     *
     * @return the actual currency
     */
    public Currency actual() {
        return actual;
    }
}
