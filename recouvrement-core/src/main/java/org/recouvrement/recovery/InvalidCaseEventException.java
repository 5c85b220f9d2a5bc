package org.recouvrement.recovery;

import org.recouvrement.InvalidValueException;

/**
 * An event cannot belong to a case: it is dated before the claim arose, is in another currency, or contradicts
 * itself (a non-positive payment, a promise to pay dated before it was made).
 */
public final class InvalidCaseEventException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the attribute at fault
     * @param value the rejected value
     * @param rule the rule it breaks
     */
    public InvalidCaseEventException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
