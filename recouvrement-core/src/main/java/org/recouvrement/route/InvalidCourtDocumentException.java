package org.recouvrement.route;

import org.recouvrement.InvalidValueException;

/**
 * The content of a court document contradicts itself: a breakdown whose lines do not add up to its total, an amount
 * in another currency, a proof of claim dated otherwise than the opening judgment. The message names the field, the
 * value and the rule.
 */
public final class InvalidCourtDocumentException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the attribute at fault
     * @param value the rejected value
     * @param rule the rule broken, phrased to follow the value
     */
    public InvalidCourtDocumentException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
