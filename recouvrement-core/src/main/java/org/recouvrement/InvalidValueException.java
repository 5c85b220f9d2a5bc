package org.recouvrement;

import java.util.Objects;

/**
 * A value given to the library breaks one of its rules: a due date before the issue date, a negative principal, a
 * SIREN whose check digit is wrong.
 *
 * <p>The message reads {@code "<field> <value> <rule>"}, for example
 * {@code "dueDate 2024-01-01 is before issueDate 2024-03-01"}; the three parts are also available separately so an
 * application can point at the faulty field.
 */
public class InvalidValueException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /** The field at fault. */

    private final String field;
    /** The rejected value, as text. */
    private final String value;
    /** The rule broken. */
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param field the name of the field or argument at fault, as the API names it
     * @param value the rejected value, as text; must not be personal data
     * @param rule what the value should have been, phrased to follow the value
     */
    public InvalidValueException(String field, Object value, String rule) {
        super(field + " " + value + " " + rule);
        this.field = Objects.requireNonNull(field, "field");
        this.value = String.valueOf(value);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * Returns the name of the field or argument at fault.
     *
     * @return the field name, for example {@code "dueDate"}
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rejected value as text.
     *
     * @return the value, for example {@code "2024-01-01"}
     */
    public String value() {
        return value;
    }

    /**
     * Returns the rule the value broke.
     *
     * @return the rule, for example {@code "is before issueDate 2024-03-01"}
     */
    public String rule() {
        return rule;
    }
}
