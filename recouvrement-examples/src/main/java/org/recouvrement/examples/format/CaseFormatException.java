package org.recouvrement.examples.format;

import org.recouvrement.InvalidValueException;

/**
 * A recovery case written in the JSON case format cannot be read: the text is not JSON, a required field is missing,
 * a value has the wrong form, or the case it describes breaks a rule of the library.
 *
 * <p>The message is one line that names the field by its path in the document, the value and the rule, such as
 * {@code "claim.debtor.address.postalCode (none) is required"} or
 * {@code "events[2].amount '12,50' is not a decimal number such as 1250.00"}; {@link #field()} gives the path alone.
 */
public class CaseFormatException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the path of the field at fault, such as {@code claim.principal} or {@code events[3].date}
     * @param value the rejected value, as text
     * @param rule the rule it breaks
     */
    public CaseFormatException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
