package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.List;
import org.recouvrement.law.Reason;

/**
 * An action one case calls for on the date of a decision, before the rules that concern the debtor as a whole
 * (spacing, cap, grouping) are applied.
 */
final class Candidate {

    private final ActionKind kind;
    private final DunningStep step;
    private final int stepIndex;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final String id;
    private final List<Reason> reasons;
    private final boolean claimsCosts;
    private final List<Reason> costReasons;
    private final boolean requiresValidation;
    private final boolean penaltyAllowed;

    Candidate(ActionKind kind, DunningStep step, int stepIndex, LocalDate earliest, LocalDate latest, String id,
            List<Reason> reasons, boolean claimsCosts, List<Reason> costReasons, boolean requiresValidation) {
        this(kind, step, stepIndex, earliest, latest, id, reasons, claimsCosts, costReasons, requiresValidation, false);
    }

    Candidate(ActionKind kind, DunningStep step, int stepIndex, LocalDate earliest, LocalDate latest, String id,
            List<Reason> reasons, boolean claimsCosts, List<Reason> costReasons, boolean requiresValidation,
            boolean penaltyAllowed) {
        this.kind = kind;
        this.step = step;
        this.stepIndex = stepIndex;
        this.earliest = earliest;
        this.latest = latest;
        this.id = id;
        this.reasons = reasons;
        this.claimsCosts = claimsCosts;
        this.costReasons = costReasons;
        this.requiresValidation = requiresValidation;
        this.penaltyAllowed = penaltyAllowed;
    }

    /** Whether the contract's penalty may be claimed: after the 14-day wait for a Belgian consumer, else once the
     * debtor was put on notice. */
    boolean penaltyAllowed() {
        return penaltyAllowed;
    }

    ActionKind kind() {
        return kind;
    }

    /** The step, for a step action or a step below its minimum; null otherwise. */
    DunningStep step() {
        return step;
    }

    int stepIndex() {
        return stepIndex;
    }

    LocalDate earliest() {
        return earliest;
    }

    /** The latest date, or null to use the policy's window. */
    LocalDate latest() {
        return latest;
    }

    /** The identifier, or null for a step action, whose identifier depends on the grouping. */
    String id() {
        return id;
    }

    List<Reason> reasons() {
        return reasons;
    }

    boolean claimsCosts() {
        return claimsCosts;
    }

    List<Reason> costReasons() {
        return costReasons;
    }

    boolean requiresValidation() {
        return requiresValidation;
    }

    boolean isContactStep() {
        return kind == ActionKind.STEP && step.kind().isContact();
    }
}
