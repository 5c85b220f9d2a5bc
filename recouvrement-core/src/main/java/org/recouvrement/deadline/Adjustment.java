package org.recouvrement.deadline;

import java.time.LocalDate;
import java.util.Objects;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Reason;

/**
 * One move of the end of a time limit, with its reason and legal references: a distance extension (CPC art. 643,
 * 644; C. com. art. R622-24), or the move off a Saturday, Sunday, holiday or non-working day (CPC art. 642 al. 2,
 * C. jud. art. 53 al. 2). Immutable.
 */
public final class Adjustment {

    /**
     * What moved the end.
     */
    public enum Kind {
        /** A distance extension lengthened the time limit. */
        DISTANCE_EXTENSION,
        /** The end fell on a non-working day and moved to the next working day. */
        NEXT_WORKING_DAY,
        /** The end of a time limit counted backwards fell on a non-working day and moved to the previous working
         *  day. */
        PREVIOUS_WORKING_DAY
    }

    private final Kind kind;
    private final LocalDate from;
    private final LocalDate to;
    private final Reason reason;

    private Adjustment(Kind kind, LocalDate from, LocalDate to, Reason reason) {
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    /**
     * Returns an adjustment.
     *
     * @param kind what moved the end
     * @param from the end before the move
     * @param to the end after the move
     * @param reason why, with the legal references
     * @return the adjustment
     */
    public static Adjustment of(Kind kind, LocalDate from, LocalDate to, Reason reason) {
        return new Adjustment(Checks.present(kind, "kind"), Checks.present(from, "from"), Checks.present(to, "to"),
                Checks.present(reason, "reason"));
    }

    /**
     * Returns what moved the end.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the end before the move.
     *
     * @return the date
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the end after the move.
     *
     * @return the date
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Returns why the end moved, with the legal references.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Adjustment other && kind == other.kind && from.equals(other.from)
                && to.equals(other.to) && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, from, to, reason);
    }

    /**
     * Returns the move as {@code "NEXT_WORKING_DAY 2023-07-14 -> 2023-07-17: <reason>"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return kind + " " + from + " -> " + to + ": " + reason;
    }
}
