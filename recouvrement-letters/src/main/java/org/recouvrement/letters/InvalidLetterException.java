package org.recouvrement.letters;

import org.recouvrement.InvalidValueException;

/**
 * A letter or one of its parts contradicts itself or the law it is written under: an interest line whose day count
 * does not match its dates, instalments that do not add up to the balance, a Belgian consumer reminder giving less
 * than fourteen days.
 *
 * <p>A letter that merely lacks a mandatory mention is not invalid: it can be built, and refuses to render with a
 * {@link MissingMentionsException} listing everything it lacks.
 */
public class InvalidLetterException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the attribute at fault
     * @param value the rejected value, as text, never personal data
     * @param rule the rule broken, phrased to follow the value
     */
    public InvalidLetterException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
