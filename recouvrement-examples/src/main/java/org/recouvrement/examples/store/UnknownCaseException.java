package org.recouvrement.examples.store;

import org.recouvrement.InvalidValueException;

/**
 * The store holds no case with the identifier given.
 */
public class UnknownCaseException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param caseId the identifier
     */
    public UnknownCaseException(String caseId) {
        super("caseId", "'" + caseId + "'", "is not in the store");
    }
}
