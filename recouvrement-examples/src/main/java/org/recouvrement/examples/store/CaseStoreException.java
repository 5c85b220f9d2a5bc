package org.recouvrement.examples.store;

/**
 * The database failed: it cannot be opened, a statement failed, or what it holds cannot be read back. Not a mistake of
 * the caller's, and not retryable in general; the cause is the {@link java.sql.SQLException}.
 */
public class CaseStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what the store was doing
     * @param cause the database's error
     */
    public CaseStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
