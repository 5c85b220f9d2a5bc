package org.recouvrement.interest;

import org.recouvrement.InvalidValueException;

/**
 * A rate table cannot be used: a row of a shipped table is malformed, or a
 * {@link org.recouvrement.spi.StatutoryRateSource} returned rates whose periods overlap or never end.
 */
public final class InvalidRateTableException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the table or row at fault, such as {@code "french-legal-rate.csv line 12"}
     * @param value the rejected value
     * @param rule the rule it breaks
     */
    public InvalidRateTableException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
