package org.recouvrement.dunning;

import java.util.Objects;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Reason;

/**
 * Something the caller should know about a case that is not an action: a claim about to become time-barred, a
 * recorded event the planner could not use, an amount it could not compute.
 *
 * <p>Immutable and thread-safe.
 */
public final class DunningWarning {

    /** The kinds of warning. */
    public enum Kind {
        /** The claim becomes time-barred soon; a reminder does not interrupt limitation. */
        TIME_BAR_APPROACHING,
        /** A recorded action for one step advanced the case from another step (the policy or its keys changed). */
        STEP_KEY_MISMATCH,
        /** A waiver names a step the policy does not have. */
        UNKNOWN_WAIVER,
        /** Working days of the debtor's territory are unknown; Monday to Friday were counted. */
        NO_WORKING_DAY_CALENDAR,
        /** A consumer in Belgium was not sent a free written first reminder before a step claiming costs. */
        NO_FREE_FIRST_REMINDER,
        /** Insolvency proceedings were closed; whether individual actions may resume must be checked. */
        INSOLVENCY_CLOSED,
        /** The limitation engine could not read the timeline; the claim was treated as not time-barred. */
        LIMITATION_NOT_ASSESSED
    }

    private final Kind kind;
    private final String caseId;
    private final Reason reason;

    private DunningWarning(Kind kind, String caseId, Reason reason) {
        this.kind = kind;
        this.caseId = caseId;
        this.reason = reason;
    }

    /**
     * Returns a warning.
     *
     * @param kind the kind
     * @param caseId the identifier of the case concerned
     * @param reason the sentence and references
     * @return the warning
     */
    public static DunningWarning of(Kind kind, String caseId, Reason reason) {
        Checks.present(kind, "kind");
        Checks.present(caseId, "caseId");
        Checks.present(reason, "reason");
        return new DunningWarning(kind, caseId, reason);
    }

    /**
     * Returns the kind of warning.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the identifier of the case concerned.
     *
     * @return the case id
     */
    public String caseId() {
        return caseId;
    }

    /**
     * Returns the sentence and its legal references.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DunningWarning other && kind == other.kind && caseId.equals(other.caseId)
                && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, caseId, reason);
    }

    /**
     * Returns a description such as {@code "INV-1: TIME_BAR_APPROACHING: ..."}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return caseId + ": " + kind + ": " + reason;
    }
}
