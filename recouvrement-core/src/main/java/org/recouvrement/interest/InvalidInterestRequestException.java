package org.recouvrement.interest;

import org.recouvrement.InvalidValueException;

/**
 * An interest computation was asked with values the law or the library cannot work with: a period that ends before
 * it starts, a negative amount, a currency other than the euro for a statutory regime, a judgment increase for a
 * regime that has none.
 */
public final class InvalidInterestRequestException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the attribute or argument at fault
     * @param value the rejected value
     * @param rule the rule it breaks
     */
    public InvalidInterestRequestException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
