package org.recouvrement.dunning;

import org.recouvrement.InvalidValueException;

/**
 * A dunning policy, a step, a policy set or a payment plan breaks a rule: a duplicate step key, a step counted from
 * the previous one on the same day, a contact step without a channel, a malformed text form. The field is the path of
 * the attribute at fault, such as {@code steps[2].trigger.offset}.
 */
public final class InvalidPolicyException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the path of the attribute at fault, such as {@code steps[2].trigger.offset}
     * @param value the rejected value
     * @param rule the rule it breaks
     */
    public InvalidPolicyException(String field, Object value, String rule) {
        super(field, value, rule);
    }

    /**
     * Returns the same error with its field placed under a parent path.
     *
     * @param parent the parent path, such as {@code steps[2]}
     * @return the error with the field {@code parent.field}
     */
    InvalidPolicyException under(String parent) {
        return new InvalidPolicyException(parent + "." + field(), value(), rule());
    }
}
