package org.recouvrement.examples.store;

import org.recouvrement.RecouvrementException;

/**
 * Another writer appended to the case since the caller read it: the version the caller expected is no longer the
 * case's version, so its events were not recorded. The caller reloads the case, decides again on what it now holds,
 * and retries; {@link CaseStore#update} does exactly that.
 */
public class ConcurrentAppendException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /** The case appended to. */
    private final String caseId;
    /** The version the caller expected. */
    private final long expectedVersion;

    /**
     * Creates the exception.
     *
     * @param caseId the case's identifier
     * @param expectedVersion the version the caller expected
     * @param actual what the store found instead, such as {@code "version 7"}
     */
    public ConcurrentAppendException(String caseId, long expectedVersion, String actual) {
        super("case " + caseId + " expected at version " + expectedVersion + " is at " + actual
                + "; reload it and retry");
        this.caseId = caseId;
        this.expectedVersion = expectedVersion;
    }

    /**
     * Returns the identifier of the case appended to.
     *
     * @return the case's identifier
     */
    public String caseId() {
        return caseId;
    }

    /**
     * Returns the version the caller expected the case to be at.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }
}
