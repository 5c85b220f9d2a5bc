package org.recouvrement.claim;

import org.recouvrement.InvalidValueException;

/**
 * A claim, or one of its parts, was built with values that contradict each other or the law: a due date before the
 * issue date, a negative principal, amounts in several currencies, instalments that do not add up.
 */
public final class InvalidClaimException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the attribute at fault
     * @param value the rejected value
     * @param rule the rule it breaks
     */
    public InvalidClaimException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
