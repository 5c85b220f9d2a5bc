package org.recouvrement.examples.store;

import org.recouvrement.InvalidValueException;

/**
 * The store already holds a case with the identifier of the case to create.
 */
public class DuplicateCaseException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param caseId the identifier
     */
    public DuplicateCaseException(String caseId) {
        super("caseId", "'" + caseId + "'", "is already in the store; append to it instead");
    }
}
