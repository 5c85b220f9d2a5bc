package org.recouvrement.deadline;

import org.recouvrement.InvalidValueException;

/**
 * A time limit, or a question about one, breaks a rule: a negative or empty duration, a blank name, a French time
 * limit asked of a Belgian court.
 */
public final class InvalidTimeLimitException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the attribute or argument at fault
     * @param value the rejected value
     * @param rule the rule it breaks
     */
    public InvalidTimeLimitException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
