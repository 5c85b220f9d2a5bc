package org.recouvrement.party;

import org.recouvrement.InvalidValueException;

/**
 * An identifier (SIREN, SIRET, Belgian enterprise number, VAT number) has the wrong form or a wrong check digit.
 */
public final class InvalidIdentifierException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The kind of identifier. */

    private final String identifierType;

    /**
     * Creates the exception.
     *
     * @param identifierType the kind of identifier, such as {@code "SIREN"}
     * @param value the rejected text
     * @param rule the rule it breaks
     */
    public InvalidIdentifierException(String identifierType, String value, String rule) {
        super(identifierType, "'" + value + "'", rule);
        this.identifierType = identifierType;
    }

    /**
     * Returns the kind of identifier that was rejected.
     *
     * @return the identifier type, such as {@code "SIRET"}
     */
    public String identifierType() {
        return identifierType;
    }
}
